/**
 * The admin's policy: validate a policy file, lay it over the defaults and the presets it names,
 * and answer the questions rules and shells ask of the result. Nothing here throws on bad input:
 * an invalid policy means the defaults apply and the errors say why (DESIGN.md §5).
 *
 * Validation uses a validator generated ahead of time from policy/policy.schema.json, because the
 * task pane's CSP forbids 'unsafe-eval' and classic Outlook must not compile code at run time.
 */
import { DEFAULT_POLICY } from "./defaults";
import { policyError, toPolicyErrors, type LocatablePolicyError, type PolicyError } from "./errors";
import { findJsonSyntaxIssue, locateJsonPath, positionAt } from "./json";
import { mergePolicy } from "./merge";
import { PRESETS } from "./presets";
import type { EffectivePolicy, PolicyFile, PresetName } from "./types";
import type { Severity } from "../rule";
import validate, { schema } from "./validate.generated";

export { PRESETS } from "./presets";
export { formatPolicyErrors, type PolicyError } from "./errors";

export interface PolicyResult {
  readonly policy: EffectivePolicy;
  /** Empty when the policy applied; otherwise the defaults apply and these say why. */
  readonly errors: readonly PolicyError[];
}

interface Checked {
  readonly policy: EffectivePolicy;
  readonly errors: readonly LocatablePolicyError[];
}

function presetsOf(file: PolicyFile): PresetName[] {
  const named = file.extends === undefined ? [] : typeof file.extends === "string" ? [file.extends] : file.extends;
  return named.filter((name, i) => named.indexOf(name) === i);
}

/** Defaults ← each preset in `extends` order ← the file. */
function build(file: PolicyFile): EffectivePolicy {
  const presets = presetsOf(file);
  const base = presets.reduce((policy, name) => mergePolicy(policy, PRESETS[name]), DEFAULT_POLICY);
  return { ...mergePolicy(base, file), presets };
}

function check(file: unknown): Checked {
  // No file hosted: nothing to complain about, the defaults are the policy.
  if (file === undefined) return { policy: DEFAULT_POLICY, errors: [] };
  try {
    if (validate(file)) return { policy: build(file), errors: [] };
    return { policy: DEFAULT_POLICY, errors: toPolicyErrors(validate.errors ?? [], file, schema) };
  } catch (error) {
    // Only exotic values (getters that throw, cyclic objects) get here; JSON never does.
    const reason = error instanceof Error ? error.message : String(error);
    return { policy: DEFAULT_POLICY, errors: [{ ...policyError("", "unreadable", { text: reason }), segments: [] }] };
  }
}

function publicError({ path, code, params, message, line, column }: LocatablePolicyError): PolicyError {
  return { path, code, params, message, ...(line === undefined ? {} : { line }), ...(column === undefined ? {} : { column }) };
}

/**
 * The effective policy for a parsed policy file (`undefined` = no file: the defaults, no errors).
 * When the file is invalid, the defaults apply and `errors` names each bad field.
 */
export function resolvePolicy(file: unknown): PolicyResult {
  const { policy, errors } = check(file);
  return { policy, errors: errors.map(publicError) };
}

/** Like resolvePolicy, from the file's text; errors carry the line (and column) they point at. */
export function parsePolicyText(text: string): PolicyResult {
  // A byte-order mark is what Windows editors often save; JSON.parse rejects it, we accept it.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    const issue = findJsonSyntaxIssue(source);
    // Our reader finds every error JSON.parse does; the runtime's own words are the fallback.
    const described = issue ? policyError("", issue.code, issue.params) : policyError("", "jsonRuntime", { text: error instanceof Error ? error.message : String(error) });
    const where = issue ? { line: issue.line, column: issue.column } : {};
    return { policy: DEFAULT_POLICY, errors: [{ ...described, ...where }] };
  }
  const { policy, errors } = check(data);
  return {
    policy,
    errors: errors.map((error) => {
      const offset = locateJsonPath(source, error.segments);
      return publicError(offset === undefined ? error : { ...error, line: positionAt(source, offset).line });
    }),
  };
}

/**
 * A rule's severity and options under `policy`: the policy's over the rule's defaults, options
 * merged shallowly (a policy option replaces that one option, the others keep their defaults).
 */
export function ruleSetting<Options extends object>(
  policy: EffectivePolicy,
  ruleId: string,
  defaultSeverity: Severity,
  defaultOptions: Options,
): { readonly severity: Severity; readonly options: Options } {
  const setting = Object.prototype.hasOwnProperty.call(policy.rules, ruleId) ? policy.rules[ruleId] : undefined;
  // The policy's options are checked only against the rule's option names by the rule itself:
  // the schema cannot know each rule's options.
  const options = setting?.options ? ({ ...defaultOptions, ...setting.options } as Options) : defaultOptions;
  return { severity: setting?.severity ?? defaultSeverity, options };
}


