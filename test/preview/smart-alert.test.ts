import { DEADLINE_MARGIN_MS, interpretCompletion, startSend, type SendOutcome } from "../../src/preview/smart-alert";

describe("interpretCompletion", () => {
  it("allowEvent true sends", () => {
    expect(interpretCompletion({ allowEvent: true }, 15, "en-US")).toEqual({ kind: "sent", problems: [] });
  });

  it("uses markdown only when the host claims 1.15, else the plain message", () => {
    const options = { allowEvent: false, errorMessage: "plain", errorMessageMarkdown: "**md**" };
    expect(interpretCompletion(options, 15, "en-US")).toMatchObject({ kind: "blocked", markdown: "**md**", text: "plain" });
    expect(interpretCompletion(options, 14, "en-US")).toMatchObject({ kind: "blocked", markdown: undefined, text: "plain" });
  });

  it("takes cancelLabel, commandId and promptUser from 1.14 on, with Outlook's default label", () => {
    const options = { allowEvent: false, errorMessage: "x", cancelLabel: "Review", commandId: "msgComposeOpenPaneButton", sendModeOverride: "promptUser" };
    expect(interpretCompletion(options, 14, "en-US")).toMatchObject({ cancelLabel: "Review", commandId: "msgComposeOpenPaneButton", prompt: true });
    expect(interpretCompletion(options, 13, "zh-CN")).toMatchObject({ cancelLabel: "不发送", commandId: undefined, prompt: false });
  });

  it("reports texts over Outlook's limits and a non-boolean allowEvent", () => {
    const long = interpretCompletion({ allowEvent: false, errorMessage: "x".repeat(501), cancelLabel: "y".repeat(21) }, 15, "en-US");
    expect(long).toHaveProperty("problems", ["errorMessage is longer than 500 characters", "cancelLabel is longer than 20 characters"]);
    expect(interpretCompletion({}, 15, "en-US")).toEqual({ kind: "sent", problems: ["allowEvent is undefined, not true or false"] });
  });

  it("says so when blocking without any message", () => {
    expect(interpretCompletion({ allowEvent: false }, 15, "en-US")).toMatchObject({ text: "Mail Preflight stopped this message without saying why." });
  });
});

describe("startSend", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const run = (handler: ((event: unknown) => unknown) | undefined): SendOutcome[] => {
    const seen: SendOutcome[] = [];
    startSend({ handler, deadlineMs: 3000, mailboxMinor: 15, locale: "en-US", onOutcome: (o) => seen.push(o) });
    return seen;
  };
  const complete = (event: unknown, options: unknown): void => (event as { completed: (o: unknown) => void }).completed(options);

  it("reports a handler that never completes, only after the deadline and the margin", () => {
    const seen = run(() => undefined);
    jest.advanceTimersByTime(3000 + DEADLINE_MARGIN_MS - 1);
    expect(seen).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(seen).toEqual([{ kind: "bug", detail: `Handler bug: event.completed was not called within ${3000 + DEADLINE_MARGIN_MS} ms.` }]);
  });

  it("shows the decision, then a second call as a bug", () => {
    const seen = run((event) => {
      complete(event, { allowEvent: true });
      complete(event, { allowEvent: false, errorMessage: "late" });
    });
    jest.runAllTimers();
    expect(seen.map((o) => o.kind)).toEqual(["sent", "bug"]);
    expect(seen[1]).toEqual({ kind: "bug", detail: "Handler bug: event.completed was called 2 times (once only)." });
  });

  it("reports a throwing or rejecting handler, and a missing one", async () => {
    expect(run(() => { throw new Error("boom"); })).toEqual([{ kind: "bug", detail: "Handler bug: it threw: boom" }]);
    const rejected = run(() => Promise.reject(new Error("nope")));
    await Promise.resolve();
    expect(rejected).toEqual([{ kind: "bug", detail: "Handler bug: it threw: nope" }]);
    expect(run(undefined)).toEqual([{ kind: "bug", detail: "No onMessageSendHandler was registered with Office.actions.associate." }]);
  });
});
