/**
 * Loads the policy for the task pane. (Being written: fetch from the add-in's origin, cache in
 * localStorage with a short TTL, keep the defaults and report the problem when invalid.)
 */
import { DEFAULT_POLICY } from "../../engine/policy-defaults";
import type { LoadedPolicy } from "../../taskpane/host";

export async function loadPanePolicy(): Promise<LoadedPolicy> {
  return { policy: DEFAULT_POLICY, source: { kind: "defaults" } };
}
