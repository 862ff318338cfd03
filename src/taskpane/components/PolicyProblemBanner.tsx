import * as React from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Locale } from "../../engine/rule";
import type { PolicyProblem } from "../host";
import { t } from "../strings";

/** The hosted policy is broken or out of reach: say which rules apply instead, and why. */
export function PolicyProblemBanner({ problem, locale, cached }: { problem: PolicyProblem; locale: Locale; cached: boolean }): React.JSX.Element {
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="policy-problem">
      <MessageBarBody>
        {problem.kind === "invalid" ? (
          <>
            {t(locale, "policyProblemInvalid", { url: problem.url })}
            <ul>
              {problem.errors.map((error, i) => (
                <li key={i}>
                  <code>{error.path === "" ? t(locale, "policyWholeFile") : error.path}</code>
                  {error.line !== undefined ? ` (${error.line}:${error.column ?? 1})` : ""} {error.message}
                </li>
              ))}
            </ul>
          </>
        ) : (
          t(locale, "policyProblemUnreachable", {
            url: problem.url,
            message: problem.message,
            fallback: t(locale, cached ? "fallbackCached" : "fallbackDefaults"),
          })
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
