/**
 * Each built handler file (launchevent.js, .zh-CN.js, .zh-TW.js) in a stand-in for classic
 * Outlook's JavaScript-only runtime: ES2016 built-ins only, no DOM, no URL, no globalThis
 * (sandbox-runtime.ts). Each rule's message as Outlook would serve it: the file's decision is the
 * engine's decision computed here in Node, `completed` comes once and long before the deadline.
 */
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { buildHandlersInto } from "../build/build-helpers";
import { es2016Context, sendInSandbox, type ItemSpec, type SandboxOptions } from "./sandbox-runtime";
import { outlookMock } from "../helpers/outlook-mock";
import { readComposeSnapshot } from "../../src/adapters/office/read";
import { resolvePolicy } from "../../src/engine/policy/resolve";
import { effectivePolicyFile } from "../../src/engine/policy/effective";
import { DEFAULT_POLICY } from "../../src/engine/policy/defaults";
import type { EffectivePolicy } from "../../src/engine/policy/types";
import type { Locale } from "../../src/engine/rule";
import { runRules } from "../../src/engine/run";
import { RULES } from "../../src/rules";
import { decide } from "../../src/launchevent/send-check";
import { LAST_SEND_KEY } from "../../src/adapters/office/session";
import { exampleItem, ruleExample } from "../helpers/rule-examples";

/** What the handler leaves out (meta.needs): see src/launchevent/unavailable-rule.ts. */
const HANDLER_RULES = RULES.filter((r) => !r.meta.needs?.length);
/** Each rule's example message (its doc page), as Outlook serves it to the handler. */
const EXAMPLES = HANDLER_RULES.map((rule) => [rule.meta.id, ruleExample(rule.meta.id)] as const);

const file = (name: string, size = 100) => ({ id: name, name, size, attachmentType: "file", isInline: false });
/** The plain message the examples start from: nothing in it stops Send. */
const BASE: ItemSpec = exampleItem({});

const HANDLERS: { file: string; locale: Locale }[] = [
  { file: "launchevent.js", locale: "en-US" },
  { file: "launchevent.zh-CN.js", locale: "zh-CN" },
  { file: "launchevent.zh-TW.js", locale: "zh-TW" },
];

let out = "";
const code: Record<string, string> = {};

beforeAll(async () => {
  out = await buildHandlersInto({ baseUrl: "https://mail-preflight.example.com/" }, "production");
  for (const { file: name } of HANDLERS) code[name] = fs.readFileSync(path.join(out, name), "utf8");
}, 240_000);

afterAll(() => {
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

const policyText = (policy: EffectivePolicy) => JSON.stringify(effectivePolicyFile("{}", policy));

/** The engine's decision in Node for the same item: read through the Office adapter, then decide. */
async function nodeDecision(item: ItemSpec, policy: EffectivePolicy, locale: Locale) {
  const mock = outlookMock({ state: { ...item, bodyHtml: item.bodyHtml } });
  (globalThis as unknown as { Office: unknown }).Office = mock.office;
  const snapshot = await readComposeSnapshot(mock.office.context.mailbox.item as unknown as Office.MessageCompose);
  const report = runRules(snapshot, policy, HANDLER_RULES);
  return { report, decision: decide(report, policy.enforcement, locale, { commands: true, markdown: true }) };
}

const run = (name: string, options: Partial<SandboxOptions> & { item: ItemSpec }) =>
  sendInSandbox(code[name], { transport: "fetch", policy: { status: 404, text: "" }, ...options });

describe("the built handler in an ES2016-only runtime", () => {
  it("has an example for every rule the handler runs", () => {
    expect(EXAMPLES.filter(([, example]) => example === undefined).map(([id]) => id)).toEqual([]);
    expect(EXAMPLES.length).toBeGreaterThan(20);
  });

  describe.each(HANDLERS)("$file", ({ file: name, locale }) => {
    it.each(EXAMPLES)("decides %s as the engine does, once, long before the deadline", async (ruleId, example) => {
      if (!example) throw new Error(`docs/rules/${ruleId}.md has no mail-preflight-example block`);
      const item = exampleItem(example.message);
      const policy = resolvePolicy(example.policy).policy;
      const expected = await nodeDecision(item, policy, locale);
      expect(expected.report.findings.map((f) => f.ruleId)).toContain(ruleId);

      const result = await run(name, { item, policy: { status: 200, text: policyText(policy) } });
      expect(result.completed).toEqual([expected.decision]);
      // Answered at virtual time 0-few ms: the deadline timer (3000 ms) never fired.
      expect(result.completedAt).toBeLessThan(100);
      expect(result.firedDelays.filter((ms) => ms >= 1000)).toEqual([]);
      expect(result.requests).toEqual(["https://mail-preflight.example.com/policy.effective.json"]);
      if (!expected.decision.allowEvent) {
        const stopped = JSON.parse(result.session[LAST_SEND_KEY]).ruleIds;
        expect(stopped).toEqual(expected.report.findings.filter((f) => f.severity !== "info").map((f) => f.ruleId));
      }
    });

    it("lets a clean message go at once", async () => {
      const result = await run(name, { item: BASE });
      expect(result.completed).toEqual([{ allowEvent: true }]);
      expect(result.completedAt).toBeLessThan(100);
    });
  });

  describe("when the policy cannot be had", () => {
    const exe = { ...BASE, attachments: [file("setup.exe")] };
    const blocked = { allowEvent: false };

    it.each([
      ["the request fails", { policy: "fail" as const }],
      ["the answer is junk", { policy: { status: 200, text: "<html>Sign in</html>" } }],
      ["the server errs", { policy: { status: 500, text: "" } }],
      ["there is neither fetch nor XMLHttpRequest", { transport: "none" as const }],
    ])("applies the defaults at once when %s", async (_what, options) => {
      const result = await run("launchevent.js", { item: exe, ...options });
      expect(result.completed).toHaveLength(1);
      expect(result.completed[0]).toMatchObject(blocked);
      expect(result.completedAt).toBeLessThan(100);
    });

    it("stops waiting for a policy request that hangs, and decides before the deadline", async () => {
      const result = await run("launchevent.js", { item: exe, policy: "hang" });
      expect(result.completed).toHaveLength(1);
      expect(result.completed[0]).toMatchObject(blocked);
      // The policy gets half the default deadline; the check then runs at once.
      expect(result.completedAt).toBe(1500);
      expect(result.completedAt).toBeLessThan(DEFAULT_POLICY.enforcement.deadlineMs);
    });

    it("uses XMLHttpRequest where fetch is missing", async () => {
      const strict = resolvePolicy({ enforcement: { blockOn: "warn" } }).policy;
      const item = { ...BASE, subject: "" };
      const result = await run("launchevent.js", { item, transport: "xhr", policy: { status: 200, text: policyText(strict) } });
      expect(result.requests).toEqual(["https://mail-preflight.example.com/policy.effective.json"]);
      expect(result.completed).toEqual([(await nodeDecision(item, strict, "en-US")).decision]);
      expect(result.completed[0]).toMatchObject(blocked);
    });
  });

  describe("when Outlook will not give part of the message", () => {
    const closed = resolvePolicy({ enforcement: { onError: "closed" } }).policy;

    it.each([
      ["getAttachmentsAsync answers Failed", { fail: ["getAttachmentsAsync"] }],
      ["getAttachmentsAsync throws", { throws: ["getAttachmentsAsync"] }],
      ["to.getAsync throws", { throws: ["to.getAsync"] }],
    ])("stops the message under onError closed when %s, and lets it go under open", async (_what, options) => {
      const stopped = await run("launchevent.zh-CN.js", { item: BASE, policy: { status: 200, text: policyText(closed) }, ...options });
      expect(stopped.completed).toHaveLength(1);
      expect(stopped.completed[0]).toMatchObject({ allowEvent: false, errorMessage: expect.stringContaining("发送前检查未能完成") });
      expect(stopped.completedAt).toBeLessThan(100);
      const sent = await run("launchevent.zh-CN.js", { item: BASE, ...options });
      expect(sent.completed).toEqual([{ allowEvent: true }]);
    });
  });

  describe("the sandbox itself", () => {
    it.each([
      ["Object.values({ a: 1 })", /Object.values is not a function/],
      ["globalThis.Office", /globalThis is not defined/],
      ['new URL("policy.json", "https://x.example/")', /URL is not defined/],
      ["Promise.resolve().finally(function () {})", /finally is not a function/],
      ['"a".padStart(3)', /padStart is not a function/],
      ["[[1]].flat()", /flat is not a function/],
      ["new TextEncoder()", /TextEncoder is not defined/],
      ["structuredClone({})", /structuredClone is not defined/],
      ["queueMicrotask(function () {})", /queueMicrotask is not defined/],
    ])("catches %s, which older runtimes lack", (script, error) => {
      expect(() => vm.runInContext(script, es2016Context())).toThrow(error);
    });

    it("has no DOM, storage, page address or global object name", () => {
      const context = es2016Context();
      for (const name of ["window", "self", "global", "document", "localStorage", "location", "globalThis", "fetch", "XMLHttpRequest"]) {
        expect(vm.runInContext(`typeof ${name}`, context)).toBe("undefined");
      }
    });
  });
});
