import * as React from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { policyErrorText } from "../../engine/policy/messages";
import type { Locale } from "../../engine/rule";
import type { PolicyProblem } from "../../ports/host";
import { t } from "../strings";

function ProblemText({ problem, locale, cached }: { problem: PolicyProblem; locale: Locale; cached: boolean }): React.JSX.Element {
  switch (problem.kind) {
    case "invalid":
      return (
        <>
          {t(locale, "policyProblemInvalid", { url: problem.url })}
          <ul>
            {problem.errors.map((error, i) => (
              <li key={i}>
                <code>{error.path === "" ? t(locale, "policyWholeFile") : error.path}</code>
                {error.line !== undefined ? ` (${error.line}:${error.column ?? 1})` : ""} {policyErrorText(error, locale)}
              </li>
            ))}
          </ul>
        </>
      );
    case "unreachable":
      return (
        <>
          {t(locale, "policyProblemUnreachable", {
            url: problem.url,
            message: problem.message,
            fallback: t(locale, cached ? "fallbackCached" : "fallbackDefaults"),
          })}
        </>
      );
    case "sendCopyStale":
      return <>{t(locale, "policyProblemSendCopy", { url: problem.url, copy: problem.sendCopyUrl })}</>;
  }
  // A problem kind the loader learns later still gets a visible banner rather than none.
  const { url } = problem as { readonly url?: string };
  return <>{t(locale, "policyProblemOther", { url: url ?? "policy.json" })}</>;
}

/** The hosted policy is broken or out of reach: say which rules apply instead, and why. */
export function PolicyProblemBanner({ problem, locale, cached }: { problem: PolicyProblem; locale: Locale; cached: boolean }): React.JSX.Element {
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="policy-problem">
      <MessageBarBody>
        <ProblemText problem={problem} locale={locale} cached={cached} />
      </MessageBarBody>
    </MessageBar>
  );
}
