/**
 * The task pane's policy: policy.json next to the pane's own page, cached in localStorage, read
 * with the full validator so the Policy view can name every bad field.
 */
import { parsePolicyText } from "../../engine/policy";
import type { LoadedPolicy } from "../../taskpane/host";
import { fetchText, loadPolicy, policyUrl, storageStore } from "../policy-source";

export function loadPanePolicy(): Promise<LoadedPolicy> {
  return loadPolicy({
    url: policyUrl(window.location.href),
    fetchText,
    resolve: parsePolicyText,
    store: storageStore(() => window.localStorage),
  });
}
