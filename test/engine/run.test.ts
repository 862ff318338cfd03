import { runRules, INTERNAL_ERROR_ID } from "../../src/engine/run";
import { findingMessage } from "../../src/engine/messages";
import { DEFAULT_POLICY } from "../../src/engine/policy/defaults";
import type { AnyRule, Category, Severity } from "../../src/engine/rule";
import type { EffectivePolicy } from "../../src/engine/policy/types";
import { makeSnapshot } from "../helpers/snapshot";
import { checkMessage } from "../../src/check/check";
import { MAX_CONTENT_CHARS } from "../../src/text/body/body";

function fakeRule(id: string, category: Category, severity: Severity, hits = 1, options: object = {}): AnyRule {
  const text = { "zh-CN": `${id} {n}`, "zh-TW": `${id} {n}`, "en-US": `${id} {n}` };
  return {
    meta: {
      id,
      category,
      description: text,
      messages: { hit: text },
      defaultSeverity: severity,
      defaultOptions: options,
      hasSuggestions: false,
      remedyId: id,
    },
    check: ({ options: o }) =>
      Array.from({ length: hits }, (_, n) => ({ messageId: "hit", data: { n, ...(o as object) }, target: { kind: "message" as const } })),
  };
}

const withRules = (rules: EffectivePolicy["rules"]): EffectivePolicy => ({ ...DEFAULT_POLICY, rules });

describe("runRules", () => {
  it("passes when nothing is found", () => {
    const report = runRules(makeSnapshot(), DEFAULT_POLICY, [fakeRule("a", "content", "warn", 0)]);
    expect(report.verdict).toBe("pass");
    expect(report.findings).toEqual([]);
    expect(report.timing.totalMs).toBeGreaterThanOrEqual(0);
  });

  it("orders findings by severity, then category, keeping catalogue order", () => {
    const rules = [
      fakeRule("c-info", "content", "info"),
      fakeRule("a-warn", "attachments", "warn"),
      fakeRule("r-warn", "recipients", "warn"),
      fakeRule("c-block", "content", "block"),
      fakeRule("r-warn-2", "recipients", "warn"),
    ];
    const report = runRules(makeSnapshot(), DEFAULT_POLICY, rules);
    expect(report.findings.map((f) => f.ruleId)).toEqual(["c-block", "r-warn", "r-warn-2", "a-warn", "c-info"]);
    expect(report.verdict).toBe("block");
  });

  it("gives warn when the worst is a warning, and pass for info only", () => {
    expect(runRules(makeSnapshot(), DEFAULT_POLICY, [fakeRule("x", "content", "warn")]).verdict).toBe("warn");
    expect(runRules(makeSnapshot(), DEFAULT_POLICY, [fakeRule("x", "content", "info")]).verdict).toBe("pass");
  });

  it("applies severity and options from the policy", () => {
    const rule = fakeRule("x", "content", "warn", 1, { limit: 1, mode: "a" });
    const off = runRules(makeSnapshot(), withRules({ x: { severity: "off" } }), [rule]);
    expect(off.findings).toEqual([]);
    const raised = runRules(makeSnapshot(), withRules({ x: { severity: "block", options: { limit: 5 } } }), [rule]);
    expect(raised.findings[0]).toMatchObject({ severity: "block", data: { limit: 5, mode: "a" }, remedyId: "x", category: "content" });
  });

  it("reports a rule that throws and runs the others", () => {
    const broken: AnyRule = { ...fakeRule("broken", "recipients", "block"), check: () => { throw new Error("boom"); } };
    const report = runRules(makeSnapshot(), DEFAULT_POLICY, [broken, fakeRule("ok", "content", "warn")]);
    expect(report.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ["ok", "warn"],
      [INTERNAL_ERROR_ID, "info"],
    ]);
    expect(report.verdict).toBe("warn");
    expect(findingMessage(report.findings[1], [], "en-US")).toBe("The check “broken” failed and was skipped (boom). The other checks ran.");
  });
});

describe("what the report says was not checked", () => {
  const truncated = makeSnapshot({ body: { text: "x".repeat(MAX_CONTENT_CHARS + 1) }, flags: { recipientsIncomplete: true } });

  it("comes from the finder it is given, once, and is empty without one (the Send handler's case)", () => {
    const seen: unknown[] = [];
    const report = runRules(truncated, DEFAULT_POLICY, [], (message) => {
      seen.push(message);
      return [{ kind: "somethingUnread", data: { n: 1 } }];
    });
    expect(report.notChecked).toEqual([{ kind: "somethingUnread", data: { n: 1 } }]);
    expect(seen).toEqual([truncated]);
    expect(runRules(truncated, DEFAULT_POLICY, []).notChecked).toEqual([]);
  });

  it("is filled by checkMessage, as the pane and the CLI run a check", () => {
    expect(checkMessage(truncated, DEFAULT_POLICY).notChecked.map((part) => part.kind)).toEqual(["recipientsIncomplete", "bodyOverLimit"]);
    expect(checkMessage(makeSnapshot({ body: { text: "hello" } }), DEFAULT_POLICY).notChecked).toEqual([]);
  });
});
