/** The rule tester's meta check catches a rule that breaks what its meta promises. */
import type { Rule } from "../../src/engine/rule";
import { metaProblems } from "../helpers/rule-tester";
import { makeSnapshot } from "../helpers/snapshot";

function rule(hasSuggestions: boolean, optionsSchema?: Rule["meta"]["optionsSchema"]): Rule {
  return {
    meta: {
      id: "example",
      category: "content",
      description: { "zh-CN": "例", "zh-TW": "例", "en-US": "Example" },
      messages: {},
      defaultSeverity: "warn",
      defaultOptions: {},
      ...(optionsSchema ? { optionsSchema } : {}),
      hasSuggestions,
      remedyId: "example",
    },
    check: () => [],
  };
}

const message = makeSnapshot({});
const withSuggestion = [{ messageId: "m", data: {}, target: { kind: "message" as const }, suggestions: [{ messageId: "fix", edit: { type: "removeRecipient" as const, field: "to" as const, address: "a@b.cn" } }] }];
const plain = [{ messageId: "m", data: {}, target: { kind: "message" as const } }];

describe("metaProblems", () => {
  it("fails a rule that returns suggestions it did not declare", () => {
    expect(metaProblems(rule(false), [], [withSuggestion])).toEqual(["example returns suggestions but its meta says hasSuggestions: false"]);
  });

  it("fails a rule that declares suggestions no case shows", () => {
    expect(metaProblems(rule(true), [], [plain])).toEqual(["example declares hasSuggestions but no case shows a suggestion"]);
  });

  it("fails a case that sets an option the meta does not declare", () => {
    const cases = [{ name: "odd", message, options: { limit: 3 } }];
    expect(metaProblems(rule(false), cases, [plain])).toEqual([`case "odd" sets option "limit", which example's optionsSchema does not declare`]);
  });

  it("passes a rule that keeps its promises", () => {
    const cases = [{ name: "ok", message, options: { limit: 3 } }];
    expect(metaProblems(rule(true, { limit: { type: "integer", description: "How many." } }), cases, [withSuggestion])).toEqual([]);
  });
});
