/**
 * Keeps the pane's verdict current: loads the policy and the rules side by side, then runs the
 * live re-check (live-check.ts) on the host and turns each snapshot worth showing into a report.
 * Only this hook reads the message; the others react to what it publishes.
 */
import * as React from "react";
import type { Report } from "../engine/rule";
import { DEFAULT_POLICY } from "../engine/policy/defaults";
import type { LoadedPolicy, PaneHost } from "../ports/host";
import type { NotCheckedView, PaneEngine } from "./engine";
import { startLiveCheck, type CheckReason, type LiveCheck, type LiveCheckEvents } from "./live-check";

export type CheckState =
  | { readonly kind: "checking" }
  | { readonly kind: "done"; readonly report: Report; readonly notChecked: readonly NotCheckedView[] }
  | { readonly kind: "error"; readonly error: string };

export interface Checked {
  readonly report: Report;
  readonly notChecked: readonly NotCheckedView[];
  /** The message's fingerprint: what the user ignored or failed to fix lasts until it changes. */
  readonly print: string;
}

export interface LiveCheckState {
  readonly loaded: LoadedPolicy | undefined;
  readonly engine: PaneEngine | undefined;
  readonly state: CheckState;
  /** The last good result, kept visible while a re-check runs. */
  readonly last: Checked | undefined;
  readonly slow: boolean;
  /** Reads the message again now; resolves once that read is shown. */
  request(reason: CheckReason): Promise<void>;
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

export function useLiveCheck(host: PaneHost, engineSource: PaneEngine | Promise<PaneEngine>): LiveCheckState {
  const [loaded, setLoaded] = React.useState<LoadedPolicy | undefined>();
  const [engine, setEngine] = React.useState<PaneEngine | undefined>();
  const [state, setState] = React.useState<CheckState>({ kind: "checking" });
  const [last, setLast] = React.useState<Checked | undefined>();
  const [slow, setSlow] = React.useState(false);
  const live = React.useRef<LiveCheck | undefined>(undefined);

  React.useEffect(() => {
    let active = true;
    // The policy and the rules load side by side; the header already says "Checking…".
    Promise.all([loadPolicySafely(host), engineSource]).then(
      ([policy, loadedEngine]) => {
        if (!active) return;
        setLoaded(policy);
        setEngine(loadedEngine);
        live.current = startLiveCheck({
          read: () => host.readSnapshot(policy.policy),
          onStart: (reason: CheckReason) => {
            if (reason === "boot" || reason === "explicit") setState({ kind: "checking" });
          },
          onSnapshot: (snapshot, print) => {
            const { report, notChecked } = loadedEngine.evaluate(snapshot, policy.policy);
            setState({ kind: "done", report, notChecked });
            setLast({ report, notChecked, print });
          },
          onError: (error) => setState({ kind: "error", error }),
          onSlow: setSlow,
          watchItem: (onChange) => host.watchItem(onChange),
          events: browserEvents(),
        });
        void live.current.request("boot");
      },
      (error: unknown) => {
        // The rules' chunk failed to load (network gone, stale deploy): say so, never spin.
        if (active) setState({ kind: "error", error: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      active = false;
      live.current?.stop();
      live.current = undefined;
    };
  }, [host, engineSource]);

  const request = React.useCallback((reason: CheckReason) => live.current?.request(reason) ?? Promise.resolve(), []);
  return { loaded, engine, state, last, slow, request };
}
