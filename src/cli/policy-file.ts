/** Reading the admin's policy file for `check --policy`, `policy validate` and `policy show`. */
import { DEFAULT_POLICY } from "../engine/policy-defaults";
import { parsePolicyText, type PolicyError } from "../engine/policy";
import type { EffectivePolicy } from "../engine/policy-types";
import { describeError, type CliIO } from "./io";

/** A policy is a few kilobytes; anything this big is the wrong file. */
export const MAX_POLICY_BYTES = 5 * 1024 * 1024;

export type PolicyLoad =
  /** `text`: the file as read (absent for the built-in defaults). */
  | { readonly ok: true; readonly policy: EffectivePolicy; readonly text?: string }
  /** `errors` when the file was read but is invalid; `reason` when it could not be read at all. */
  | { readonly ok: false; readonly reason?: string; readonly errors: readonly PolicyError[] };

async function readText(path: string, io: CliIO): Promise<{ text: string } | { reason: string }> {
  try {
    const info = await io.stat(path);
    if (info.isDirectory()) return { reason: "is a directory" };
    if (info.size > MAX_POLICY_BYTES) return { reason: `is over ${MAX_POLICY_BYTES / (1024 * 1024)} MB; not a policy file` };
    const bytes = await io.readFile(path);
    try {
      return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
    } catch {
      return { reason: "is not UTF-8 text (save it as UTF-8)" };
    }
  } catch (error) {
    return { reason: `cannot be read: ${describeError(error)}` };
  }
}

/** No path: the built-in defaults. Otherwise the file laid over the defaults and its presets. */
export async function loadPolicy(path: string | undefined, io: CliIO): Promise<PolicyLoad> {
  if (path === undefined) return { ok: true, policy: DEFAULT_POLICY };
  const read = await readText(path, io);
  if ("reason" in read) return { ok: false, reason: read.reason, errors: [] };
  const { policy, errors } = parsePolicyText(read.text);
  return errors.length === 0 ? { ok: true, policy, text: read.text } : { ok: false, errors };
}
