/**
 * The check view's orchestration: loads the policy, runs the live re-check (live-check.ts) on
 * the host, turns snapshots into reports, applies fixes and keeps what the user ignored. Only
 * data and callbacks leave this hook; rendering stays in the components.
 */
import * as React from "react";
import type { Edit, Finding, Locale, Report } from "../engine/rule";
import { DEFAULT_POLICY } from "../engine/policy-defaults";
import type { GapView, PaneEngine } from "./engine";
import type { LoadedPolicy, PaneHost } from "../ports/host";
import { startLiveCheck, type CheckReason, type LiveCheck, type LiveCheckEvents } from "./live-check";
import { findingKey, notificationText, type FixState } from "./view-model";

export type CheckState =
  | { readonly kind: "checking" }
  | { readonly kind: "done"; readonly report: Report; readonly gaps: readonly GapView[] }
  | { readonly kind: "error"; readonly error: string };

export interface PaneCheck {
  loaded: LoadedPolicy | undefined;
  engine: PaneEngine | undefined;
  state: CheckState;
  /** The last good report, kept visible while a re-check runs. */
  last: { report: Report; gaps: readonly GapView[] } | undefined;
  slow: boolean;
  lastSendStopped: boolean;
  ignored: ReadonlySet<string>;
  fixStates: ReadonlyMap<string, FixState>;
  recheck(): void;
  fix(finding: Finding, edit: Edit): Promise<void>;
  ignore(finding: Finding): void;
}

function browserEvents(): LiveCheckEvents | undefined {
  return typeof window === "undefined" ? undefined : { window, document };
}

async function loadPolicySafely(host: PaneHost): Promise<LoadedPolicy> {
  try {
    return await host.loadPolicy();
  } catch (error) {
    // The loader should never reject; if it does, checking on the defaults beats checking nothing.
    const message = error instanceof Error ? error.message : String(error);
    return { policy: DEFAULT_POLICY, source: { kind: "defaults" }, problem: { kind: "unreachable", url: "policy.json", message } };
  }
}

export function usePaneCheck(host: PaneHost, engineSource: PaneEngine | Promise<PaneEngine>, locale: Locale): PaneCheck {
  const [loaded, setLoaded] = React.useState<LoadedPolicy | undefined>();
  const [engine, setEngine] = React.useState<PaneEngine | undefined>();
  const [state, setState] = React.useState<CheckState>({ kind: "checking" });
  const [last, setLast] = React.useState<PaneCheck["last"]>();
  const [slow, setSlow] = React.useState(false);
  const [lastSendStopped, setLastSendStopped] = React.useState(false);
  const [ignored, setIgnored] = React.useState<ReadonlySet<string>>(new Set());
  const [fixStates, setFixStates] = React.useState<ReadonlyMap<string, FixState>>(new Map());
  const live = React.useRef<LiveCheck | undefined>(undefined);
  const fingerprint = React.useRef<string | undefined>(undefined);
  // The notification is written in the language in use when the check ran.
  const localeRef = React.useRef(locale);
  localeRef.current = locale;

  React.useEffect(() => {
    let active = true;
    host.readLastSend().then(
      (result) => active && setLastSendStopped(result !== undefined && !result.allowed),
      () => undefined, // no shared Send result: nothing to say
    );
    // The policy and the rules load side by side; the header already says "Checking…".
    Promise.all([loadPolicySafely(host), engineSource]).then(([policy, loadedEngine]) => {
      if (!active) return;
      setLoaded(policy);
      setEngine(loadedEngine);
      live.current = startLiveCheck({
        read: () => host.readSnapshot(policy.policy),
        onStart: (reason: CheckReason) => {
          if (reason === "boot" || reason === "explicit") setState({ kind: "checking" });
        },
        onSnapshot: (snapshot, print) => {
          const { report, gaps } = loadedEngine.evaluate(snapshot, policy.policy);
          // Ignoring lasts until the message changes; so does a failed fix's message.
          if (print !== fingerprint.current) {
            setIgnored(new Set());
            setFixStates((old) => new Map([...old].filter(([, fixState]) => fixState.status === "running")));
          }
          fingerprint.current = print;
          setState({ kind: "done", report, gaps });
          setLast({ report, gaps });
          host.setNotification(notificationText(localeRef.current, report)).catch(() => undefined);
        },
        onError: (error) => setState({ kind: "error", error }),
        onSlow: setSlow,
        watchItem: (onChange) => host.watchItem(onChange),
        events: browserEvents(),
      });
      void live.current.request("boot");
    }, (error: unknown) => {
      // The rules' chunk failed to load (network gone, stale deploy): say so, never spin.
      if (active) setState({ kind: "error", error: error instanceof Error ? error.message : String(error) });
    });
    return () => {
      active = false;
      live.current?.stop();
      live.current = undefined;
    };
  }, [host, engineSource]);

  // A language switch rewrites the notification in the new language (not at boot: no report yet).
  const lastReport = last?.report;
  const noticeLocale = React.useRef(locale);
  React.useEffect(() => {
    if (noticeLocale.current === locale) return;
    noticeLocale.current = locale;
    if (lastReport) host.setNotification(notificationText(locale, lastReport)).catch(() => undefined);
  }, [host, locale, lastReport]);

  const recheck = React.useCallback(() => void live.current?.request("explicit"), []);

  const fix = React.useCallback(
    async (finding: Finding, edit: Edit) => {
      const key = findingKey(finding);
      const setFix = (value: FixState | undefined): void =>
        setFixStates((old) => {
          const next = new Map(old);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        });
      setFix({ status: "running" });
      const result = await host.applyEdit(edit);
      if (!result.ok) {
        setFix({ status: "failed", error: result.error });
        return;
      }
      await live.current?.request("fix");
      setFix(undefined);
    },
    [host],
  );

  const ignore = React.useCallback((finding: Finding) => {
    if (finding.severity === "block") return;
    setIgnored((old) => new Set([...old, findingKey(finding)]));
  }, []);

  return { loaded, engine, state, last, slow, lastSendStopped, ignored, fixStates, recheck, fix, ignore };
}
