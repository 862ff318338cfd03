/**
 * The Send handler's copy of the policy: the effective policy (defaults ← presets ← the admin's
 * file), already validated, written by `mail-preflight policy compile` next to policy.json.
 * Why a second file: the handler has a 40 KB budget and the schema validator alone is about
 * 6 KB gzip, so the handler reads a policy that our own tool has checked and resolved, and the
 * pane compares its `sourceHash` with policy.json to tell the admin when it was not recompiled.
 */
import { DEFAULT_POLICY } from "./policy-defaults";
import type { EffectivePolicy } from "./policy-types";

export const EFFECTIVE_POLICY_FORMAT = "mail-preflight/effective-policy@1";

export interface EffectivePolicyFile {
  readonly format: typeof EFFECTIVE_POLICY_FORMAT;
  /** sourceHash() of the policy.json text it was compiled from. */
  readonly sourceHash: string;
  readonly policy: EffectivePolicy;
}

/**
 * FNV-1a (32 bit) over the text's UTF-16 units, as 8 hex digits: enough to notice that the two
 * files drifted apart; not a security check (whoever can change them can change the add-in).
 * A byte-order mark is ignored, as the policy reader ignores it.
 */
export function sourceHash(text: string): string {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let hash = 0x811c9dc5;
  for (let i = 0; i < source.length; i += 1) {
    hash ^= source.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `0000000${hash.toString(16)}`.slice(-8); // not padStart: ES2017
}

export function effectivePolicyFile(sourceText: string, policy: EffectivePolicy): EffectivePolicyFile {
  return { format: EFFECTIVE_POLICY_FORMAT, sourceHash: sourceHash(sourceText), policy };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The policy in an effective-policy file, or undefined when the text is not one. Sections a newer
 * add-in knows and an older compiler did not write keep their defaults.
 */
export function readEffectivePolicy(text: string): EffectivePolicyFile | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return undefined;
  }
  if (!isObject(data) || data.format !== EFFECTIVE_POLICY_FORMAT || typeof data.sourceHash !== "string" || !isObject(data.policy)) return undefined;
  const policy = data.policy as Partial<EffectivePolicy>;
  if (!isObject(policy.enforcement) || !isObject(policy.limits) || !isObject(policy.rules)) return undefined;
  return {
    format: EFFECTIVE_POLICY_FORMAT,
    sourceHash: data.sourceHash,
    policy: {
      ...DEFAULT_POLICY,
      ...policy,
      limits: { ...DEFAULT_POLICY.limits, ...policy.limits },
      enforcement: { ...DEFAULT_POLICY.enforcement, ...policy.enforcement },
    },
  };
}
