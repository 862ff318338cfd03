/** @jest-environment jsdom */
/**
 * The compose window's DOM parts in jsdom: the Send dialog's buttons and keyboard, the safe HTML
 * copy, and the compose form following the simulated item both ways.
 */
import { buildComposeForm, formatRecipients, parseRecipients } from "../../src/preview/compose-form";
import { createOfficeSim } from "../../src/preview/office-sim/office";
import { emptyState } from "../../src/preview/office-sim/state";
import { showHtml } from "../../src/preview/safe-html";
import { interpretCompletion } from "../../src/preview/smart-alert";
import { createSendView, SLOW_SEND_MS } from "../../src/preview/smart-alert-view";

afterEach(() => document.body.replaceChildren());

describe("Send view", () => {
  const setup = () => {
    const calls: string[] = [];
    const send = document.createElement("button");
    document.body.append(send);
    const view = createSendView("en-US", { openPane: (id) => calls.push(`open ${id}`), sent: () => calls.push("sent") }, () => send);
    document.body.append(view.status, view.bugs);
    return { calls, view, send };
  };

  it("promptUser offers Send anyway and Don't send; Send anyway sends", () => {
    const { calls, view } = setup();
    view.show(interpretCompletion({ allowEvent: false, errorMessage: "Sure?", sendModeOverride: "promptUser" }, 15, "en-US"));
    const dialog = document.querySelector("[role=dialog]");
    expect(dialog?.getAttribute("aria-modal")).toBe("true");
    expect(Array.from(dialog?.querySelectorAll("button") ?? [], (b) => b.textContent)).toEqual(["Send anyway", "Don't send"]);
    expect(document.activeElement?.textContent).toBe("Send anyway");
    (document.activeElement as HTMLButtonElement).click();
    expect(document.querySelector("[role=dialog]")).toBeNull();
    expect(view.status.textContent).toBe("Sent.");
    expect(calls).toEqual(["sent"]);
  });

  it("Escape is the cancel button: not sent, the pane opens for a commandId, focus returns to Send", () => {
    const { calls, view, send } = setup();
    view.show(interpretCompletion({ allowEvent: false, errorMessage: "No", cancelLabel: "Review", commandId: "pane" }, 15, "en-US"));
    document.querySelector("[role=dialog]")?.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect(document.querySelector("[role=dialog]")).toBeNull();
    expect(view.status.textContent).toBe("The message was not sent.");
    expect(calls).toEqual(["open pane"]);
    expect(document.activeElement).toBe(send);
  });

  it("says the check is slow after five seconds, as Outlook does, until the decision comes", () => {
    jest.useFakeTimers();
    try {
      const { view } = setup();
      view.checking();
      expect(view.status.textContent).toBe("Mail Preflight is checking your message…");
      jest.advanceTimersByTime(SLOW_SEND_MS);
      expect(view.status.textContent).toBe("Mail Preflight is taking longer than expected…");
      view.show({ kind: "sent", problems: [] });
      view.checking();
      view.show({ kind: "sent", problems: [] });
      jest.advanceTimersByTime(SLOW_SEND_MS);
      expect(view.status.textContent).toBe("Sent.");
    } finally {
      jest.useRealTimers();
    }
  });

  it("lists handler bugs and contract problems as alerts, and clears them on the next Send", () => {
    const { view } = setup();
    view.show({ kind: "bug", detail: "Handler bug: x" });
    view.show(interpretCompletion({ allowEvent: true, errorMessage: "x".repeat(10) }, 15, "en-US"));
    view.show(interpretCompletion({ allowEvent: false, errorMessage: "y".repeat(501) }, 15, "en-US"));
    expect(Array.from(view.bugs.querySelectorAll("[role=alert]"), (n) => n.textContent)).toEqual(["Handler bug: x", "errorMessage is longer than 500 characters"]);
    view.checking();
    expect(view.bugs.children).toHaveLength(0);
    expect(document.querySelector("[role=dialog]")).toBeNull();
  });
});

describe("safe HTML copy", () => {
  it("keeps text and simple formatting, drops scripts, handlers, styles and remote images", () => {
    const target = document.createElement("div");
    showHtml(target, `<p style="color:red" onclick="x()">Hi <b>there</b></p><script>alert(1)</script><img src="https://t.example/p.gif" alt="logo"><img src=x onerror=alert(1)><a href="javascript:alert(1)">a</a><a href="https://ok.example/">b</a><font>c</font>`);
    expect(target.innerHTML).toBe('<p>Hi <b>there</b></p>[logo]<a>a</a><a href="https://ok.example/">b</a>c');
  });
});

describe("compose form", () => {
  it("parses and formats recipients as Outlook's address well shows them", () => {
    const list = parseRecipients(' "Zhang Wei" <zhang@gmial.com>; li@163.con, 王芳 <wang@x.cn>;');
    expect(list).toEqual([
      { displayName: "Zhang Wei", emailAddress: "zhang@gmial.com" },
      { displayName: "", emailAddress: "li@163.con" },
      { displayName: "王芳", emailAddress: "wang@x.cn" },
    ]);
    expect(formatRecipients(list)).toBe("Zhang Wei <zhang@gmial.com>; li@163.con; 王芳 <wang@x.cn>");
  });

  it("writes typed recipients to the item with RecipientsChanged, and shows the pane's edits", async () => {
    const sim = createOfficeSim(emptyState());
    const root = document.createElement("div");
    document.body.append(root);
    buildComposeForm(root, sim);
    const events: unknown[] = [];
    const item = (sim.office as { context: { mailbox: { item: Record<string, (...a: unknown[]) => void> & { bcc: { setAsync(...a: unknown[]): void } } } } }).context.mailbox.item;
    item.addHandlerAsync("olkRecipientsChanged", (e: unknown) => events.push(e));
    const to = root.querySelector<HTMLInputElement>("#field-to");
    if (!to) throw new Error("no To field");
    to.value = "a@b.com; C <c@d.com>";
    to.dispatchEvent(new Event("change"));
    expect(sim.state.to).toEqual([
      { displayName: "", emailAddress: "a@b.com" },
      { displayName: "C", emailAddress: "c@d.com" },
    ]);
    item.bcc.setAsync([{ displayName: "", emailAddress: "x@y.com" }]);
    expect(root.querySelector<HTMLInputElement>("#field-bcc")?.value).toBe("x@y.com");
    await new Promise((r) => setTimeout(r, 0));
    expect(events).toEqual([
      { type: "olkRecipientsChanged", changedRecipientFields: { to: true, cc: false, bcc: false } },
      { type: "olkRecipientsChanged", changedRecipientFields: { to: false, cc: false, bcc: true } },
    ]);
  });

  it("loads a scenario as a new item and redraws on language change in that language", () => {
    const sim = createOfficeSim({ ...emptyState(), notifications: [{ key: "k", type: "informationalMessage", message: "old" }] });
    const root = document.createElement("div");
    document.body.append(root);
    buildComposeForm(root, sim);
    expect(root.querySelector("#notification-bar")?.textContent).toBe("old");
    const scenario = root.querySelector<HTMLSelectElement>("#field-scenario");
    if (!scenario) throw new Error("no picker");
    scenario.value = "exe";
    scenario.dispatchEvent(new Event("change"));
    expect(sim.state.notifications).toEqual([]);
    expect(root.querySelector("#attachment-list .name")?.textContent).toBe("report.exe");
    const language = root.querySelector<HTMLSelectElement>("#field-language");
    if (!language) throw new Error("no language");
    language.value = "en-US";
    language.dispatchEvent(new Event("change"));
    expect(sim.state.displayLanguage).toBe("en-US");
    expect(root.querySelector("#send")?.textContent).toBe("Send");
    expect(root.querySelector("label[for=field-subject]")?.textContent).toBe("Subject");
    expect(root.querySelector<HTMLInputElement>("#field-subject")?.value).toBe("季度报告");
  });
});
