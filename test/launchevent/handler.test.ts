/**
 * The Smart Alerts handler against the simulated Office.js: the decision, and `event.completed`
 * called exactly once on every path, including a host call that never answers.
 */
import { createOfficeSim, type OfficeSim } from "../../src/preview/office-sim/office";
import { emptyState } from "../../src/preview/office-sim/state";
import { decide, MAX_ERROR_MESSAGE } from "../../src/launchevent/send-check";
import { DEFAULT_POLICY } from "../../src/engine/policy-defaults";
import type { Finding, Report } from "../../src/engine/rule";

let sim: OfficeSim;
type Handler = (event: { completed: (o: unknown) => void }) => Promise<void>;
let handler: Handler;

beforeEach(() => {
  jest.resetModules();
  sim = createOfficeSim({ ...emptyState(), displayLanguage: "en-US", subject: "Hello" });
  (globalThis as unknown as { Office: unknown }).Office = sim.office;
  // Loading the module registers the handler, as Outlook's runtime would.
   
  require("../../src/launchevent/launchevent");
  handler = sim.actions.get("onMessageSendHandler") as Handler;
});

afterEach(() => {
  jest.useRealTimers();
});

describe("onMessageSendHandler", () => {
  it("is registered under the manifest's FunctionName", () => {
    expect(typeof handler).toBe("function");
  });

  it("allows a clean message", async () => {
    const completed = jest.fn();
    await handler({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(completed).toHaveBeenCalledWith({ allowEvent: true });
  });

  it("fails open at the deadline when Outlook never answers, and ignores the late answer", async () => {
    jest.useFakeTimers();
    const item = (sim.office as { context: { mailbox: { item: { subject: { getAsync: unknown } } } } }).context.mailbox.item;
    item.subject.getAsync = () => undefined; // never calls back
    const completed = jest.fn();
    const done = handler({ completed });
    await jest.advanceTimersByTimeAsync(DEFAULT_POLICY.enforcement.deadlineMs);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(completed).toHaveBeenCalledWith({ allowEvent: true });
    await jest.runAllTimersAsync();
    await done;
    expect(completed).toHaveBeenCalledTimes(1);
    expect(jest.getTimerCount()).toBe(0);
  });
});

describe("decide", () => {
  const finding = (severity: Finding["severity"], n: number): Finding => ({
    ruleId: "subject-empty",
    messageId: "empty",
    data: { n },
    target: { kind: "subject" },
    severity,
    category: "content",
    remedyId: "subject-empty",
  });
  const report = (findings: Finding[]): Report => ({ verdict: "block", findings, timing: { totalMs: 0 } });

  it("blocks on block findings with a message in the user's language", () => {
    const result = decide(report([finding("block", 1)]), DEFAULT_POLICY.enforcement, "zh-CN");
    expect(result.allowEvent).toBe(false);
    expect(result.errorMessage).toMatch(/^发送前请先处理以下问题：\n• 邮件还没有主题/);
  });

  it("lets warnings through unless the policy blocks on warn", () => {
    expect(decide(report([finding("warn", 1)]), DEFAULT_POLICY.enforcement, "en-US")).toEqual({ allowEvent: true });
    const strict = { ...DEFAULT_POLICY.enforcement, blockOn: "warn" as const };
    expect(decide(report([finding("warn", 1)]), strict, "en-US").allowEvent).toBe(false);
  });

  it("never exceeds Outlook's 500-character limit", () => {
    const many = Array.from({ length: 40 }, (_, i) => finding("block", i));
    for (const locale of ["zh-CN", "zh-TW", "en-US"] as const) {
      const message = decide(report(many), DEFAULT_POLICY.enforcement, locale).errorMessage ?? "";
      expect(Array.from(message).length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE);
    }
  });
});
