/**
 * The Send handler's copy of the policy: the effective policy (defaults ← presets ← the admin's
 * file), already validated, written by `mail-preflight policy compile` next to policy.json.
 * Why a second file: the handler has a 40 KB budget and the schema validator alone is about
 * 6 KB gzip, so the handler reads a policy that our own tool has checked and resolved, and the
 * pane compares its `sourceHash` with policy.json to tell the admin when it was not recompiled.
 */
import { DEFAULT_POLICY } from "./defaults";
import type { EffectivePolicy } from "./types";
import type { PolicyMessageCode, PolicyMessageParams } from "./messages";

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
 * The Send check's deadline, in ms, as policy.schema.json bounds it. Below 500 ms Outlook's own
 * calls and the policy request cannot finish; Outlook tells the user the add-in is "taking longer
 * than expected" after 5 s and gives up after 5 minutes, so a deadline far past 5 s only makes
 * people wait, and one past 2^31 - 1 ms overflows setTimeout, which then fires at once.
 */
export const DEADLINE_MIN_MS = 500;
export const DEADLINE_MAX_MS = 10000;

const isNumber = (value: unknown): value is number => typeof value === "number" && isFinite(value);

/**
 * What each value the Send handler relies on must be, by path. Checked by hand rather than by the
 * schema validator (6 KB the handler cannot carry). Deeper values (keyword terms, rule options)
 * are left to the engine, which turns a rule that throws on them into an internal-error finding
 * without hiding the other rules.
 */
const SHAPES: Record<string, (value: unknown) => boolean> = {
  "enforcement.blockOn": (v) => v === "block" || v === "warn",
  "enforcement.onError": (v) => v === "open" || v === "closed",
  "enforcement.promptOnWarn": (v) => typeof v === "boolean",
  "enforcement.deadlineMs": (v) => isNumber(v) && v % 1 === 0 && v >= DEADLINE_MIN_MS && v <= DEADLINE_MAX_MS,
};
for (const path of ["shareLinkThresholdBytes", "attachmentMaxBytes", "messageMaxBytes", "maxRecipients"]) SHAPES[`limits.${path}`] = (v) => isNumber(v) && v > 0;
for (const path of ["internalDomains", "knownDomains", "sensitiveWords", "blockedExtensions.add", "blockedExtensions.remove"]) {
  SHAPES[path] = (v) => Array.isArray(v) && v.every((item) => typeof item === "string");
}

function at(value: unknown, path: string): unknown {
  for (const key of path.split(".")) {
    if (!isObject(value)) return undefined;
    value = value[key];
  }
  return value;
}

/**
 * The path of the first value the Send handler relies on that has the wrong shape, or undefined.
 * Our compiler never writes one, but a hand-edited copy can ("3000ms", 1e12, a list written as
 * a string), and applied unchecked such a value opened the gate.
 */
function effectivePolicyFault(policy: EffectivePolicy): string | undefined {
  for (const path in SHAPES) if (!SHAPES[path](at(policy, path))) return path;
  return undefined;
}

/** What the value at a fault's path must be, for the pane (policy-messages.ts words it). */
export function describeEffectivePolicyFault(path: string, value: unknown): { code: PolicyMessageCode; params: PolicyMessageParams } {
  const choices: Record<string, string[]> = {
    "enforcement.blockOn": ["block", "warn"],
    "enforcement.onError": ["open", "closed"],
    "enforcement.sendMode": ["SoftBlock", "PromptUser"],
  };
  if (choices[path]) return { code: "oneOf", params: { values: choices[path].map((v) => JSON.stringify(v)) } };
  if (path === "enforcement.promptOnWarn") return { code: "type", params: { types: ["boolean"] } };
  if (path === "enforcement.deadlineMs" && isNumber(value) && value % 1 === 0) {
    if (value < DEADLINE_MIN_MS) return { code: "minimum", params: { limit: DEADLINE_MIN_MS } };
    return { code: "maximum", params: { limit: DEADLINE_MAX_MS } };
  }
  if (path === "enforcement.deadlineMs") return { code: "type", params: { types: ["integer"] } };
  if (path.startsWith("limits.")) return { code: "byteSize", params: {} };
  return { code: "type", params: { types: ["array"] } };
}

/** The file, or the path of the value that keeps it from applying. */
export interface EffectivePolicyRead {
  readonly file?: EffectivePolicyFile;
  readonly fault?: string;
  readonly value?: unknown;
}

/**
 * The policy in an effective-policy file, or undefined when the text is not one or a value the
 * Send handler uses has the wrong shape (parseEffectivePolicy says which). Sections a newer
 * add-in knows and an older compiler did not write keep their defaults.
 */
export function readEffectivePolicy(text: string): EffectivePolicyFile | undefined {
  return parseEffectivePolicy(text).file;
}

export function parseEffectivePolicy(text: string): EffectivePolicyRead {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return {};
  }
  if (!isObject(data) || data.format !== EFFECTIVE_POLICY_FORMAT || typeof data.sourceHash !== "string" || !isObject(data.policy)) return {};
  const policy = data.policy as Partial<EffectivePolicy>;
  if (!isObject(policy.enforcement) || !isObject(policy.limits) || !isObject(policy.rules)) return {};
  const merged: EffectivePolicy = {
    ...DEFAULT_POLICY,
    ...policy,
    limits: { ...DEFAULT_POLICY.limits, ...policy.limits },
    enforcement: { ...DEFAULT_POLICY.enforcement, ...policy.enforcement },
  };
  const fault = effectivePolicyFault(merged);
  if (fault) return { fault, value: at(merged, fault) };
  return { file: { format: EFFECTIVE_POLICY_FORMAT, sourceHash: data.sourceHash, policy: merged } };
}
