/**
 * The first module the boot file imports, so it runs before React and Fluent are evaluated: the
 * policy loader (with its validator), the rules and the policy files need nothing from Office,
 * and fetching them from here overlaps the download with the ~30 ms the pane's own bundle takes
 * to evaluate, and with Office.onReady, which in Outlook waits for the host's handshake.
 */
import type { LoadedPolicy } from "../ports/host";
import type { PaneEngine } from "./engine";

export const policy: Promise<LoadedPolicy> = import(/* webpackChunkName: "policy-load" */ "../adapters/policy/pane").then((m) =>
  m.loadPanePolicy(),
);
export const engine: Promise<PaneEngine> = import(/* webpackChunkName: "engine" */ "./engine").then((m) => m.default);

// A failed chunk is reported by the check view once it mounts; until then it is not "unhandled".
policy.catch(() => undefined);
engine.catch(() => undefined);
