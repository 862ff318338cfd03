/**
 * The check view's state, assembled from hooks with one job each: keeping the verdict current
 * (use-live-check.ts), what the user ignored and fixed (use-finding-actions.ts), and what the
 * pane tells Outlook and hears from the Send check (use-outlook-status.ts). Only data and
 * callbacks leave here; rendering stays in the components.
 */
import * as React from "react";
import type { Edit, Finding, Locale } from "../engine/rule";
import type { PaneHost } from "../ports/host";
import type { PaneEngine } from "./engine";
import { useFixes, useIgnored } from "./use-finding-actions";
import { useLiveCheck, type LiveCheckState } from "./use-live-check";
import { useLastSend, useNotification } from "./use-outlook-status";
import type { FixState } from "./view-model";

export type { CheckState } from "./use-live-check";

export interface PaneCheck extends Omit<LiveCheckState, "request" | "last"> {
  /** The last good report, kept visible while a re-check runs. */
  readonly last: LiveCheckState["last"];
  readonly lastSendStopped: boolean;
  /** The Send check ran on the defaults: the company's policy could not be had there. */
  readonly sendPolicyProblem: "unreachable" | "invalid" | undefined;
  readonly ignored: ReadonlySet<string>;
  readonly fixStates: ReadonlyMap<string, FixState>;
  recheck(): void;
  fix(finding: Finding, edit: Edit): Promise<void>;
  ignore(finding: Finding): void;
}

export function usePaneCheck(host: PaneHost, engineSource: PaneEngine | Promise<PaneEngine>, locale: Locale): PaneCheck {
  const live = useLiveCheck(host, engineSource);
  const { request } = live;
  const print = live.last?.print;
  const { ignored, ignore } = useIgnored(print);
  const recheckAfterFix = React.useCallback(() => request("fix"), [request]);
  const { fixStates, fix } = useFixes(host, print, recheckAfterFix);
  const lastSend = useLastSend(host);
  const lastSendStopped = lastSend !== undefined && !lastSend.allowed;
  const sendPolicyProblem = lastSend?.policyProblem;
  useNotification(host, locale, live.last?.report);
  const recheck = React.useCallback(() => void request("explicit"), [request]);
  return { loaded: live.loaded, engine: live.engine, state: live.state, last: live.last, slow: live.slow, lastSendStopped, sendPolicyProblem, ignored, fixStates, recheck, fix, ignore };
}
