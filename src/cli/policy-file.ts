/** Reading the admin's policy file for `check --policy`, `policy validate` and `policy show`. */
import { DEFAULT_POLICY } from "../engine/policy/defaults";
import { parsePolicyText, type PolicyError } from "../engine/policy/resolve";
import type { EffectivePolicy } from "../engine/policy/types";
import { describeError, type CliIO } from "./io";

/**
 * A policy is a few kilobytes; even one that lists thousands of domains stays well below this.
 * Anything bigger is the wrong file (a log, a dump, a device), and reading it would only fill
 * memory before the inevitable "not a policy".
 */
export const MAX_POLICY_BYTES = 1024 * 1024;

export type PolicyLoad =
  /** `text`: the file as read (absent for the built-in defaults). */
  | { readonly ok: true; readonly policy: EffectivePolicy; readonly text?: string }
  /**
   * `errors` when the file was read but is invalid; `reason` when it could not be read at all
   * (an English sentence: localizeFileError words it in the reader's language).
   */
  | { readonly ok: false; readonly reason?: string; readonly errors: readonly PolicyError[] };

const TOO_BIG = `is over ${MAX_POLICY_BYTES / (1024 * 1024)} MB; not a policy file`;

async function readText(path: string, io: CliIO): Promise<{ text: string } | { reason: string }> {
  try {
    const info = await io.stat(path);
    if (info.isDirectory()) return { reason: "is a directory" };
    // A FIFO would wait for a writer forever and /dev/zero never ends: a policy is a regular file.
    if (!info.isFile()) return { reason: "is not a regular file" };
    if (info.size > MAX_POLICY_BYTES) return { reason: TOO_BIG };
    // Bounded and re-checked on the open file: the path may have changed or grown since the stat.
    const read = await io.readSmallFile(path, MAX_POLICY_BYTES);
    if ("refused" in read) return { reason: read.refused === "too big" ? TOO_BIG : "is not a regular file" };
    try {
      return { text: new TextDecoder("utf-8", { fatal: true }).decode(read.bytes) };
    } catch {
      return { reason: "is not UTF-8 text (save it as UTF-8)" };
    }
  } catch (error) {
    return { reason: `cannot be read: ${describeError(error)}` };
  }
}

/** No path: the built-in defaults. Otherwise the file laid over the defaults and its presets. */
export async function readPolicyFile(path: string | undefined, io: CliIO): Promise<PolicyLoad> {
  if (path === undefined) return { ok: true, policy: DEFAULT_POLICY };
  const read = await readText(path, io);
  if ("reason" in read) return { ok: false, reason: read.reason, errors: [] };
  const { policy, errors } = parsePolicyText(read.text);
  return errors.length === 0 ? { ok: true, policy, text: read.text } : { ok: false, errors };
}
