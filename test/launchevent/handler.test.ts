/**
 * The Smart Alerts handler on office-addin-mock (Outlook host): the decision Outlook gets, the
 * policy it loads, and `event.completed` called exactly once on every path, timers cleared.
 */
import { outlookMock, type OutlookMock } from "../helpers/outlook-mock";
import { DEFAULT_POLICY } from "../../src/engine/policy/defaults";
import { effectivePolicyFile } from "../../src/engine/policy/effective";
import { LAST_SEND_KEY } from "../../src/adapters/office/session";

type Handler = (event: { completed: (o: unknown) => void }) => Promise<void>;
const EXE = { id: "a1", name: "setup.exe", size: 2048, attachmentType: "file", isInline: false };

let mock: OutlookMock;
let fetchMock: jest.Mock;

function boot(options: Parameters<typeof outlookMock>[0] = {}, policyFile?: unknown): Handler {
  jest.resetModules();
  mock = outlookMock(options);
  (globalThis as unknown as { Office: unknown }).Office = mock.office;
  fetchMock = jest.fn(async () =>
    policyFile === undefined
      ? { status: 404, text: async () => "" }
      : { status: 200, text: async () => (typeof policyFile === "string" ? policyFile : JSON.stringify(policyFile)) },
  );
  (globalThis as unknown as { fetch: unknown }).fetch = fetchMock;
  // Loading the module registers the handler, as Outlook's runtime does at top level.
  require("../../src/launchevent/launchevent");
  return mock.handlers.get("onMessageSendHandler") as unknown as Handler;
}

async function send(handler: Handler): Promise<jest.Mock> {
  const completed = jest.fn();
  await handler({ completed });
  return completed;
}

const compiled = (policy: object) => effectivePolicyFile("{}", { ...DEFAULT_POLICY, ...policy } as typeof DEFAULT_POLICY);

afterEach(() => {
  jest.useRealTimers();
  delete (globalThis as { OfficeRuntime?: unknown }).OfficeRuntime;
});

describe("onMessageSendHandler", () => {
  it("is registered under the manifest's FunctionName and allows a clean message", async () => {
    const completed = await send(boot());
    expect(completed).toHaveBeenCalledTimes(1);
    expect(completed).toHaveBeenCalledWith({ allowEvent: true });
    expect(fetchMock).toHaveBeenCalledWith("https://localhost:3000/policy.effective.json", expect.objectContaining({ credentials: "omit" }));
  });

  it("blocks an .exe with markdown, the Review label and the pane's command on Mailbox 1.15", async () => {
    const completed = await send(boot({ state: { attachments: [EXE] } }));
    const decision = completed.mock.calls[0][0];
    expect(decision).toMatchObject({ allowEvent: false, cancelLabel: "Review", commandId: "mpOpenPaneButton" });
    expect(decision.errorMessage).toMatch(/^Please fix these before sending:\n• .*setup\.exe/);
    expect(decision.errorMessage).toContain("Choose Review");
    expect(decision.errorMessageMarkdown).toMatch(/^\*\*Please fix these before sending:\*\*\n\n- .*setup\.exe/);
    for (const text of [decision.errorMessage, decision.errorMessageMarkdown]) expect(Array.from(text).length).toBeLessThanOrEqual(500);
    // Why Send stopped, for the pane.
    expect(JSON.parse(mock.state.session[LAST_SEND_KEY])).toMatchObject({ allowed: false, ruleIds: expect.arrayContaining(["attachment-blocked-type"]) });
  });

  it("tells the pane when it stopped a message on the defaults, because the policy copy could not be had", async () => {
    const handler = boot({ state: { attachments: [EXE] } });
    fetchMock.mockImplementation(async () => Promise.reject(new TypeError("Failed to fetch")));
    expect((await send(handler)).mock.calls[0][0]).toMatchObject({ allowEvent: false });
    expect(JSON.parse(mock.state.session[LAST_SEND_KEY])).toMatchObject({ allowed: false, policyProblem: "unreachable" });

    await send(boot({ state: { attachments: [EXE] } }, "<html>Sign in</html>"));
    expect(JSON.parse(mock.state.session[LAST_SEND_KEY])).toMatchObject({ policyProblem: "invalid" });

    await send(boot({ state: { attachments: [EXE] } }, compiled({})));
    expect(JSON.parse(mock.state.session[LAST_SEND_KEY]).policyProblem).toBeUndefined();
  });

  it("leaves out markdown on 1.14, and the label and command before 1.14", async () => {
    const on14 = (await send(boot({ minor: 14, state: { attachments: [EXE] } }))).mock.calls[0][0];
    expect(on14.errorMessageMarkdown).toBeUndefined();
    expect(on14.commandId).toBe("mpOpenPaneButton");
    const on12 = (await send(boot({ minor: 12, state: { attachments: [EXE] } }))).mock.calls[0][0];
    expect(Object.keys(on12).sort()).toEqual(["allowEvent", "errorMessage"]);
    expect(on12.errorMessage).not.toContain("Review");
  });

  it("asks before sending a message with warnings when the policy says so (1.14)", async () => {
    const policy = compiled({ enforcement: { ...DEFAULT_POLICY.enforcement, promptOnWarn: true } });
    const decision = (await send(boot({ state: { subject: "" } }, policy))).mock.calls[0][0];
    expect(decision).toMatchObject({ allowEvent: false, sendModeOverride: "promptUser", commandId: "mpOpenPaneButton" });
    expect(decision.errorMessage).toMatch(/^This message has the issues below\. Send it anyway\?/);
    // The same message without the policy's say-so goes out.
    expect((await send(boot({ state: { subject: "" } }))).mock.calls[0][0]).toEqual({ allowEvent: true });
  });

  it("applies the hosted policy and ignores a file that is not a compiled policy", async () => {
    const strict = compiled({ enforcement: { ...DEFAULT_POLICY.enforcement, blockOn: "warn" } });
    expect((await send(boot({ state: { subject: "" } }, strict))).mock.calls[0][0].allowEvent).toBe(false);
    const plain = { enforcement: { blockOn: "warn" } };
    expect((await send(boot({ state: { subject: "" } }, plain))).mock.calls[0][0]).toEqual({ allowEvent: true });
  });

  it("keeps the policy in OfficeRuntime.storage and does not fetch it again at the next Send", async () => {
    const data: Record<string, string> = {};
    (globalThis as { OfficeRuntime?: unknown }).OfficeRuntime = {
      storage: { getItem: async (k: string) => data[k] ?? null, setItem: async (k: string, v: string) => void (data[k] = v) },
    };
    const handler = boot({}, compiled({}));
    await send(handler);
    await send(handler);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(Object.keys(data)).toEqual(["mailPreflight.effectivePolicy"]);
  });

  it("fails open when an Office call fails, and closed with a message when the policy says so", async () => {
    expect((await send(boot({ fail: ["getAttachmentsAsync", "subject.getAsync", "to.getAsync"] }))).mock.calls[0][0].allowEvent).toBe(true);
    const closed = compiled({ enforcement: { ...DEFAULT_POLICY.enforcement, onError: "closed" } });
    (globalThis as unknown as { Office: unknown }).Office = undefined;
    const handler = boot({}, closed);
    // An exception inside the check (the item vanished): the check could not run.
    (mock.office as unknown as { context: { mailbox: { item: unknown } } }).context.mailbox.item = undefined;
    const decision = (await send(handler)).mock.calls[0][0];
    expect(decision).toMatchObject({ allowEvent: false, commandId: "mpOpenPaneButton" });
    expect(decision.errorMessage).toMatch(/could not run/);
  });

  it("fails open at the deadline when Outlook never answers, ignores the late answer, clears its timer", async () => {
    jest.useFakeTimers();
    const handler = boot({ hang: ["subject.getAsync"] });
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

  it("fails closed at the deadline under a closed policy, once", async () => {
    jest.useFakeTimers();
    const handler = boot({ hang: ["body.getAsync(html)"] }, compiled({ enforcement: { ...DEFAULT_POLICY.enforcement, onError: "closed", deadlineMs: 1000 } }));
    const completed = jest.fn();
    const done = handler({ completed });
    await jest.advanceTimersByTimeAsync(1000);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(completed.mock.calls[0][0]).toMatchObject({ allowEvent: false });
    await jest.runAllTimersAsync();
    await done;
    expect(completed).toHaveBeenCalledTimes(1);
  });
});

describe("a read that fails is a check that could not run", () => {
  const closed = () => compiled({ enforcement: { ...DEFAULT_POLICY.enforcement, onError: "closed" } });
  const READS: [string, string[]][] = [
    ["to", ["to.getAsync"]],
    ["cc", ["cc.getAsync"]],
    ["bcc", ["bcc.getAsync"]],
    ["subject", ["subject.getAsync"]],
    ["body", ["body.getAsync(html)", "body.getAsync(text)"]],
    ["attachments", ["getAttachmentsAsync"]],
    ["sender", ["from.getAsync"]],
  ];

  it.each(READS)("the %s read failing stops the message under onError closed, and lets it go under open", async (_part, fail) => {
    const stopped = (await send(boot({ fail }, closed()))).mock.calls;
    expect(stopped).toHaveLength(1);
    expect(stopped[0][0]).toMatchObject({ allowEvent: false, errorMessage: expect.stringMatching(/could not run/) });
    const sent = (await send(boot({ fail }))).mock.calls;
    expect(sent).toEqual([[{ allowEvent: true }]]);
  });

  it.each(["getAttachmentsAsync", "subject", "to"])("an item call that throws (%s) counts as a failed read", async (name) => {
    const handler = boot({}, closed());
    const item = (mock.office as unknown as { context: { mailbox: { item: Record<string, unknown> } } }).context.mailbox.item;
    const boom = () => {
      throw new Error("not available");
    };
    item[name] = name === "getAttachmentsAsync" ? boom : { getAsync: boom };
    const completed = await send(handler);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(completed.mock.calls[0][0]).toMatchObject({ allowEvent: false, errorMessage: expect.stringMatching(/could not run/) });
  });

  it("still stops for what it could read: a failed recipients read never hides an .exe", async () => {
    const decision = (await send(boot({ fail: ["to.getAsync"], state: { attachments: [EXE] } }))).mock.calls[0][0];
    expect(decision).toMatchObject({ allowEvent: false, errorMessage: expect.stringContaining("setup.exe") });
  });
});

describe("a check that ends after its deadline", () => {
  const SLOW_MS = 5000;
  /** A rule that takes SLOW_MS of the clock, as the rules on a huge message would; timers cannot fire meanwhile. */
  function bootWithSlowRule(options: Parameters<typeof outlookMock>[0], policyFile?: unknown): Handler {
    jest.doMock("../../src/rules", () => {
      const actual = jest.requireActual("../../src/rules");
      const slow = { meta: { ...actual.RULES[0].meta, id: "slow-rule", defaultSeverity: "info" }, check: () => (jest.setSystemTime(Date.now() + SLOW_MS), []) };
      return { ...actual, RULES: [...actual.RULES, slow] };
    });
    return boot(options, policyFile);
  }

  async function sendWithTimers(handler: Handler): Promise<jest.Mock> {
    const completed = jest.fn();
    const done = handler({ completed });
    await jest.advanceTimersByTimeAsync(60_000);
    await done;
    return completed;
  }

  afterEach(() => jest.dontMock("../../src/rules"));

  it("follows onError closed instead of letting a clean message go", async () => {
    jest.useFakeTimers();
    const closed = compiled({ enforcement: { ...DEFAULT_POLICY.enforcement, onError: "closed" } });
    const completed = await sendWithTimers(bootWithSlowRule({}, closed));
    expect(completed).toHaveBeenCalledTimes(1);
    expect(completed.mock.calls[0][0]).toMatchObject({ allowEvent: false, errorMessage: expect.stringMatching(/could not run/) });
  });

  it("lets a clean message go under onError open, as the policy says", async () => {
    jest.useFakeTimers();
    const completed = await sendWithTimers(bootWithSlowRule({}));
    expect(completed.mock.calls).toEqual([[{ allowEvent: true }]]);
  });

  it("never lets the late deadline answer allow an .exe the check found", async () => {
    jest.useFakeTimers();
    // Recording the stop for the pane takes longer than what is left of the deadline.
    const tight = compiled({ enforcement: { ...DEFAULT_POLICY.enforcement, deadlineMs: 500 } });
    const completed = await sendWithTimers(bootWithSlowRule({ state: { attachments: [EXE] }, hang: [`sessionData.setAsync(${LAST_SEND_KEY})`] }, tight));
    expect(completed).toHaveBeenCalledTimes(1);
    expect(completed.mock.calls[0][0]).toMatchObject({ allowEvent: false, errorMessage: expect.stringContaining("setup.exe") });
  });
});

describe("a hand-edited policy copy with values of the wrong shape", () => {
  it.each<[string, unknown]>([
    ['"3000ms"', "3000ms"],
    ['"abc"', "abc"],
    ["1e12", 1e12],
    ["600000", 600000],
    ["-1", -1],
  ])("deadlineMs %s: the defaults apply and the check runs", async (_what, deadlineMs) => {
    const policy = JSON.parse(JSON.stringify(compiled({})));
    policy.policy.enforcement.deadlineMs = deadlineMs;
    jest.useFakeTimers();
    const handler = boot({ state: { attachments: [EXE] } }, policy);
    // Outlook takes 200 ms to give the subject: a deadline timer that fires at once (NaN, or
    // past setTimeout's 2^31 - 1 ms) would answer first.
    const item = (mock.office as unknown as { context: { mailbox: { item: { subject: unknown } } } }).context.mailbox.item;
    item.subject = { getAsync: (cb: (r: unknown) => void) => setTimeout(() => cb({ status: "succeeded", value: "Hello" }), 200) };
    const completed = jest.fn();
    const done = handler({ completed });
    await jest.advanceTimersByTimeAsync(100);
    expect(completed).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(200);
    // Decided by the check, not by a timer that fired early or never.
    expect(completed).toHaveBeenCalledTimes(1);
    expect(completed.mock.calls[0][0]).toMatchObject({ allowEvent: false, errorMessage: expect.stringContaining("setup.exe") });
    await jest.runAllTimersAsync();
    await done;
    expect(completed).toHaveBeenCalledTimes(1);
  });
});
