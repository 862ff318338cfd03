import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { AnyRule, Locale, Report } from "../engine/rule";
import type { MessageSnapshot } from "../engine/snapshot";
import type { EffectivePolicy } from "../engine/policy-types";
import { localize } from "../engine/format";
import { findingMessage } from "../engine/messages";
import { runRules } from "../engine/run";
import { FindingCard } from "./components/FindingCard";
import { StatusHeader } from "./components/StatusHeader";
import { t } from "./strings";

export interface AppProps {
  locale: Locale;
  policy: EffectivePolicy;
  rules: readonly AnyRule[];
  /** Supplied by the boot file from the Office adapter; the pane itself never touches Office. */
  readSnapshot: () => Promise<MessageSnapshot>;
}

type State = { kind: "checking" } | { kind: "done"; report: Report } | { kind: "error"; error: string };

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, fontFamily: tokens.fontFamilyBase },
});

export function App({ locale, policy, rules, readSnapshot }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [state, setState] = React.useState<State>({ kind: "checking" });

  const check = React.useCallback(() => {
    setState({ kind: "checking" });
    readSnapshot().then(
      (snapshot) => setState({ kind: "done", report: runRules(snapshot, policy, rules) }),
      (error: unknown) => setState({ kind: "error", error: error instanceof Error ? error.message : String(error) }),
    );
  }, [readSnapshot, policy, rules]);

  React.useEffect(check, [check]);

  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  let status = t(locale, "checking");
  if (state.kind === "error") status = t(locale, "readFailed", { error: state.error });
  if (state.kind === "done") {
    const count = (s: string): number => state.report.findings.filter((f) => f.severity === s).length;
    status =
      state.report.verdict === "pass"
        ? t(locale, "ready")
        : t(locale, "problems", { block: count("block"), warn: count("warn") });
  }

  return (
    <main className={styles.root}>
      <StatusHeader
        title={t(locale, "title")}
        status={status}
        busy={state.kind === "checking"}
        state={state.kind === "done" ? state.report.verdict : state.kind}
        recheckLabel={t(locale, "recheck")}
        onRecheck={check}
      />
      {state.kind === "done"
        ? state.report.findings.map((finding, i) => {
            const rule = byId.get(finding.ruleId);
            return (
              <FindingCard
                key={`${finding.ruleId}-${i}`}
                finding={finding}
                title={rule ? localize(rule.meta.description, locale) : finding.ruleId}
                message={findingMessage(finding, rules, locale)}
              />
            );
          })
        : null}
    </main>
  );
}
