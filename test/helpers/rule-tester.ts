/**
 * Table tests for rules, on ESLint's RuleTester model: `valid` messages produce no finding,
 * `invalid` ones produce exactly the listed findings (message ids in order, and data, target and
 * suggestions where the case states them).
 */
import type { AnyRule, Edit, MessageData, RuleFinding, Target } from "../../src/engine/rule";
import type { EffectivePolicy } from "../../src/engine/policy/types";
import type { MessageSnapshot } from "../../src/engine/snapshot";
import { DEFAULT_POLICY } from "../../src/engine/policy/defaults";
import { placeholdersOf } from "../../src/engine/format";

export interface ExpectedFinding {
  messageId: string;
  data?: Partial<MessageData>;
  target?: Target;
  suggestions?: { messageId: string; edit: Edit }[];
}

export interface RuleCase {
  name: string;
  message: MessageSnapshot;
  policy?: EffectivePolicy;
  options?: Record<string, unknown>;
}

export interface InvalidCase extends RuleCase {
  findings: ExpectedFinding[];
}

function run(rule: AnyRule, c: RuleCase): readonly RuleFinding[] {
  const options = { ...(rule.meta.defaultOptions as object), ...(c.options ?? {}) };
  return rule.check({ message: c.message, policy: c.policy ?? DEFAULT_POLICY, options });
}

/**
 * What a rule's meta promises about its fixes and options, held against what its cases do (as
 * ESLint's RuleTester does with hasSuggestions): returning suggestions needs `hasSuggestions`,
 * declaring it needs a case that shows one, and a case may only set options the meta declares.
 */
export function metaProblems(rule: AnyRule, cases: readonly RuleCase[], found: readonly (readonly RuleFinding[])[]): string[] {
  const problems: string[] = [];
  const suggests = found.some((findings) => findings.some((f) => (f.suggestions ?? []).length > 0));
  if (suggests && !rule.meta.hasSuggestions) problems.push(`${rule.meta.id} returns suggestions but its meta says hasSuggestions: false`);
  if (!suggests && rule.meta.hasSuggestions) problems.push(`${rule.meta.id} declares hasSuggestions but no case shows a suggestion`);
  const declared = Object.keys(rule.meta.optionsSchema ?? {});
  for (const c of cases) {
    for (const name of Object.keys(c.options ?? {})) {
      if (!declared.includes(name)) problems.push(`case "${c.name}" sets option "${name}", which ${rule.meta.id}'s optionsSchema does not declare`);
    }
  }
  return problems;
}

export function ruleTester(rule: AnyRule, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    it("keeps the promises of its meta: suggestions and options", () => {
      const all = [...cases.valid, ...cases.invalid];
      expect(metaProblems(rule, all, all.map((c) => run(rule, c)))).toEqual([]);
    });
    describe("valid", () => {
      it.each(cases.valid.map((c) => [c.name, c] as const))("%s", (_name, c) => {
        expect(run(rule, c)).toEqual([]);
      });
    });
    describe("invalid", () => {
      it.each(cases.invalid.map((c) => [c.name, c] as const))("%s", (_name, c) => {
        const found = run(rule, c);
        expect(found.map((f) => f.messageId)).toEqual(c.findings.map((f) => f.messageId));
        c.findings.forEach((want, i) => {
          const got = found[i];
          if (want.data) expect(got.data).toMatchObject(want.data);
          if (want.target) expect(got.target).toEqual(want.target);
          if (want.suggestions) {
            expect((got.suggestions ?? []).map((s) => ({ messageId: s.messageId, edit: s.edit }))).toEqual(
              want.suggestions,
            );
          }
          // Every placeholder of the message must be filled by the finding's data.
          const text = rule.meta.messages[got.messageId];
          expect(text).toBeDefined();
          for (const name of placeholdersOf(text["en-US"])) expect(got.data).toHaveProperty(name);
          for (const s of got.suggestions ?? []) expect(rule.meta.messages[s.messageId]).toBeDefined();
        });
      });
    });
  });
}
