import * as React from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Edit, Finding, Locale, ShareLink } from "../../engine/rule";
import type { EditResult } from "../../ports/host";
import { t } from "../strings";
import type { FixState } from "../view-model";
import { Excerpt } from "./Excerpt";

// Remedies and the share form are not needed to show what is wrong: they load right after.
const RemedyPanel = React.lazy(() => import(/* webpackChunkName: "remedy" */ "./RemedyPanel"));
const ShareForm = React.lazy(() => import(/* webpackChunkName: "share" */ "./ShareForm"));

export interface FixButton {
  readonly label: string;
  readonly edit: Edit;
}

export interface FindingCardProps {
  finding: Finding;
  locale: Locale;
  title: string;
  message: string;
  fixes: readonly FixButton[];
  fixState?: FixState;
  onFix(edit: Edit): void;
  /** Only for warn and info findings: a block is never ignored. */
  onIgnore?: () => void;
  /** The company drive's name in this language, and how to open it. */
  driveName: string;
  onOpenDrive(): Promise<EditResult>;
  buildShareLine(edit: Extract<Edit, { type: "insertShareLink" }>, url: string): ShareLink;
}

const useStyles = makeStyles({
  // minWidth 0: flex and grid items otherwise grow to their longest word (a long file name).
  root: { marginBottom: tokens.spacingVerticalS, minWidth: 0 },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalS, minWidth: 0, overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center", minWidth: 0 },
  // A label that carries an address ("Change to …") wraps instead of widening the pane.
  fix: { maxWidth: "100%", height: "auto", whiteSpace: "normal", overflowWrap: "anywhere", textAlign: "start" },
});

const INTENT = { block: "error", warn: "warning", info: "info" } as const;

/** One finding: what is wrong (with its real values), how the manual says to fix it, and fixes. */
export function FindingCard(props: FindingCardProps): React.JSX.Element {
  const { finding, locale, fixState } = props;
  const styles = useStyles();
  const [sharing, setSharing] = React.useState<Extract<Edit, { type: "insertShareLink" }> | undefined>();
  const running = fixState?.status === "running";
  const excerpt = finding.target.kind === "body" ? finding.target.excerpt : undefined;

  return (
    <MessageBar
      className={styles.root}
      layout="multiline"
      intent={INTENT[finding.severity]}
      data-testid="finding"
      data-rule={finding.ruleId}
      data-severity={finding.severity}
    >
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{props.title}</MessageBarTitle>
        <Text>{props.message}</Text>
        {excerpt ? <Excerpt locale={locale} finding={finding} excerpt={excerpt} /> : null}
        <React.Suspense fallback={null}>
          <RemedyPanel finding={finding} locale={locale} driveName={props.driveName} />
        </React.Suspense>
        <div className={styles.actions}>
          {props.fixes.map((fix) => (
            <Button
              key={`${fix.edit.type}-${fix.label}`}
              size="small"
              appearance="primary"
              className={styles.fix}
              data-edit={fix.edit.type}
              disabled={running}
              onClick={() => (fix.edit.type === "insertShareLink" ? setSharing(fix.edit) : props.onFix(fix.edit))}
            >
              {fix.label}
            </Button>
          ))}
          {props.onIgnore ? (
            <Button size="small" appearance="subtle" data-testid="ignore" disabled={running} onClick={props.onIgnore}>
              {t(locale, "ignore")}
            </Button>
          ) : null}
          {running ? <Spinner size="tiny" delay={300} label={t(locale, "fixRunning")} /> : null}
        </div>
        {fixState?.status === "failed" ? (
          <Text role="alert">{t(locale, "fixFailed", { error: fixState.error })}</Text>
        ) : null}
        {sharing ? (
          <React.Suspense fallback={<Spinner size="tiny" delay={300} />}>
            <ShareForm
              locale={locale}
              name={sharing.name}
              driveName={props.driveName}
              busy={running}
              onOpenDrive={props.onOpenDrive}
              onCancel={() => setSharing(undefined)}
              onConfirm={(url) => props.onFix({ ...sharing, link: props.buildShareLine(sharing, url) })}
            />
          </React.Suspense>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}
