import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { AnyRule, Category, Edit, Finding, Locale, Report, ShareLink } from "../../engine/rule";
import type { EffectivePolicy } from "../../engine/policy/types";
import { localize } from "../../engine/format";
import { describeFinding } from "../../check/describe";
import { withLocalReason } from "../../text/files/unread-reasons";
import type { NotCheckedView } from "../engine";
import type { EditResult } from "../../ports/host";
import { t, type StringId } from "../strings";
import { findingKey, groupByCategory, type FixState } from "../view-model";
import { FindingCard, type FixButton } from "./FindingCard";

export interface CheckViewProps {
  locale: Locale;
  report: Report;
  rules: readonly AnyRule[];
  policy: EffectivePolicy;
  notChecked: readonly NotCheckedView[];
  lastSendStopped: boolean;
  /** The Send check used the defaults: the company's policy could not be had there. */
  sendPolicyProblem?: "unreachable" | "invalid";
  ignored: ReadonlySet<string>;
  fixStates: ReadonlyMap<string, FixState>;
  onFix(finding: Finding, edit: Edit): void;
  onIgnore(finding: Finding): void;
  onOpenDrive(): Promise<EditResult>;
  buildShareLine(edit: Extract<Edit, { type: "insertShareLink" }>, url: string): ShareLink;
}

const GROUP_TITLES: Record<Category, StringId> = { recipients: "groupRecipients", attachments: "groupAttachments", content: "groupContent" };

const useStyles = makeStyles({
  note: { marginBottom: tokens.spacingVerticalS },
  heading: { display: "block", marginBlock: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

function fixesFor(finding: Finding, rule: AnyRule | undefined, locale: Locale): FixButton[] {
  return (finding.suggestions ?? []).map((s) => {
    const text = rule?.meta.messages[s.messageId];
    return { edit: s.edit, label: text ? localize(text, locale, s.data) : s.messageId };
  });
}

/** The findings by category, each with its remedy and fixes; notes on what was not checked. */
export function CheckView(props: CheckViewProps): React.JSX.Element {
  const { locale, report, rules, policy, ignored } = props;
  const styles = useStyles();
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  const shown = report.findings.filter((f) => f.severity === "block" || !ignored.has(findingKey(f)));
  const hidden = report.findings.length - shown.length;

  return (
    <>
      {props.lastSendStopped && report.verdict !== "pass" ? (
        <MessageBar className={styles.note} intent="error">
          <MessageBarBody>{t(locale, "lastSendStopped")}</MessageBarBody>
        </MessageBar>
      ) : null}
      {props.sendPolicyProblem ? (
        <MessageBar className={styles.note} intent="warning" data-testid="send-policy-problem">
          <MessageBarBody>{t(locale, props.sendPolicyProblem === "invalid" ? "sendPolicyInvalid" : "sendPolicyUnreachable")}</MessageBarBody>
        </MessageBar>
      ) : null}
      {groupByCategory(shown).map((group) => (
        <section key={group.category} aria-labelledby={`group-${group.category}`}>
          <Text as="h2" weight="semibold" size={300} id={`group-${group.category}`} className={styles.heading}>
            {t(locale, GROUP_TITLES[group.category])}
          </Text>
          {group.findings.map((finding) => {
            const key = findingKey(finding);
            const rule = byId.get(finding.ruleId);
            return (
              <FindingCard
                key={key}
                finding={finding}
                locale={locale}
                title={rule ? localize(rule.meta.description, locale) : finding.ruleId}
                message={describeFinding(finding, rules, locale)}
                fixes={fixesFor(finding, rule, locale)}
                fixState={props.fixStates.get(key)}
                onFix={(edit) => props.onFix(finding, edit)}
                onIgnore={finding.severity === "block" ? undefined : () => props.onIgnore(finding)}
                driveName={policy.cloudShare.name[locale]}
                onOpenDrive={props.onOpenDrive}
                buildShareLine={props.buildShareLine}
              />
            );
          })}
        </section>
      ))}
      {hidden > 0 ? <Text className={styles.muted}>{t(locale, "ignoredCount", { n: hidden })}</Text> : null}
      {props.notChecked.length > 0 ? (
        <MessageBar className={styles.note} intent="info" layout="multiline" data-testid="not-checked">
          <MessageBarBody>
            <MessageBarTitle>{t(locale, "notChecked")}</MessageBarTitle>
            <ul>
              {props.notChecked.map((part, i) => (
                <li key={i}>{localize(part.text, locale, withLocalReason(part.data, locale))}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
