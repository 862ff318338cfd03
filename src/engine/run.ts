/**
 * runRules: the one place that turns a snapshot and a policy into a Report. Rules never see
 * severities; the engine applies configuration, isolates failures and orders the findings.
 */
import type { AnyRule, Category, Finding, NotChecked, Report, Severity, Verdict } from "./rule";
import type { EffectivePolicy, RuleSetting } from "./policy/types";
import type { MessageSnapshot } from "./snapshot";

const SEVERITY_RANK: Record<Exclude<Severity, "off">, number> = { block: 0, warn: 1, info: 2 };
const CATEGORY_RANK: Record<Category, number> = { recipients: 0, attachments: 1, content: 2 };

/** The rule id under which the engine reports a rule that threw. */
export const INTERNAL_ERROR_ID = "internal-error";

export interface RuleConfig {
  readonly severity: Severity;
  readonly options: unknown;
}

/** Severity and options for one rule: policy over the rule's defaults (options merged shallowly). */
export function configFor(rule: AnyRule, policy: EffectivePolicy): RuleConfig {
  const setting: RuleSetting | undefined = policy.rules[rule.meta.id];
  const defaults = rule.meta.defaultOptions;
  const options =
    setting?.options && typeof defaults === "object" && defaults !== null
      ? { ...defaults, ...setting.options }
      : defaults;
  return { severity: setting?.severity ?? rule.meta.defaultSeverity, options };
}

function now(): number {
  // Date.now exists in every runtime we target, including classic Outlook's JS-only one.
  return Date.now();
}

export function verdictOf(findings: readonly Finding[]): Verdict {
  if (findings.some((f) => f.severity === "block")) return "block";
  if (findings.some((f) => f.severity === "warn")) return "warn";
  return "pass";
}

/**
 * The findings of `rules` on `message` under `policy`, and what could not be looked at as
 * `findNotChecked` (src/check/check.ts passes it) says; the Send handler leaves it out.
 */
export function runRules(
  message: MessageSnapshot,
  policy: EffectivePolicy,
  rules: readonly AnyRule[],
  findNotChecked?: (message: MessageSnapshot) => readonly NotChecked[],
): Report {
  const started = now();
  const findings: Finding[] = [];
  for (const rule of rules) {
    const { severity, options } = configFor(rule, policy);
    if (severity === "off") continue;
    try {
      for (const found of rule.check({ message, policy, options })) {
        findings.push({
          ...found,
          ruleId: rule.meta.id,
          severity,
          category: rule.meta.category,
          remedyId: rule.meta.remedyId,
        });
      }
    } catch (error) {
      // One broken rule must not hide the others' findings, nor block a send by itself.
      findings.push({
        ruleId: INTERNAL_ERROR_ID,
        severity: "info",
        category: rule.meta.category,
        remedyId: INTERNAL_ERROR_ID,
        messageId: "ruleFailed",
        data: { rule: rule.meta.id, error: error instanceof Error ? error.message : String(error) },
        target: { kind: "message" },
      });
    }
  }
  // Stable sort: within one severity and category, rules keep their catalogue order.
  findings.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      CATEGORY_RANK[a.category] - CATEGORY_RANK[b.category],
  );
  // No conditional operator: classic Outlook's old runtime is said to choke on them (webpack.config.js).
  let notChecked: readonly NotChecked[] = [];
  if (findNotChecked) notChecked = findNotChecked(message);
  return { verdict: verdictOf(findings), findings, notChecked, timing: { totalMs: now() - started } };
}
