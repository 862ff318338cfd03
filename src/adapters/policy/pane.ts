/**
 * The task pane's policy: policy.json next to the pane's own page, cached in localStorage, read
 * with the full validator so the Policy view can name every bad field. It also checks that the
 * Send check's copy (policy.effective.json) was compiled from this same policy.json: an admin who
 * edits one file and forgets the other would otherwise get a pane and a Send check that disagree.
 */
import { parsePolicyText } from "../../engine/policy/resolve";
import { describeEffectivePolicyFault, parseEffectivePolicy, sourceHash } from "../../engine/policy/effective";
import { policyError } from "../../engine/policy/errors";
import type { LoadedPolicy } from "../../ports/host";
import { fetchText, loadHostedPolicy, policyUrl, storageStore, type FetchedText } from "./source";

const SEND_COPY = "policy.effective.json";

/** The problem to report when the Send check's copy does not match `hash`, if any. */
export async function checkSendCopy(
  loaded: LoadedPolicy,
  hash: string,
  sendCopyUrl: string,
  copy: Promise<FetchedText>,
): Promise<LoadedPolicy> {
  if (loaded.problem || loaded.source.kind === "defaults") return loaded;
  try {
    const answer = await copy;
    const read = answer.status === 200 ? parseEffectivePolicy(answer.text) : {};
    // A value of the wrong shape (a hand edit): the Send check falls back to the defaults.
    if (read.fault) {
      const { code, params } = describeEffectivePolicyFault(read.fault, read.value);
      return { ...loaded, problem: { kind: "invalid", url: sendCopyUrl, errors: [policyError(read.fault, code, params)] } };
    }
    if (read.file?.sourceHash === hash) return loaded;
  } catch {
    return loaded; // unreachable just now: nothing to say about drift
  }
  return { ...loaded, problem: { kind: "sendCopyStale", url: loaded.source.url, sendCopyUrl } };
}

export async function loadPanePolicy(): Promise<LoadedPolicy> {
  const url = policyUrl(window.location.href);
  const sendCopyUrl = new URL(SEND_COPY, url).href;
  // Both files at once: the drift check must not hold up the pane's first verdict.
  const copy = fetchText(sendCopyUrl);
  copy.catch(() => undefined); // handled in checkSendCopy; not an unhandled rejection meanwhile
  let hash = "";
  const loaded = await loadHostedPolicy({
    url,
    fetchText,
    resolve: (text) => {
      hash = sourceHash(text);
      return parsePolicyText(text);
    },
    store: storageStore(() => window.localStorage),
  });
  return checkSendCopy(loaded, hash, sendCopyUrl, copy);
}
