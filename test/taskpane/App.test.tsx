/**
 * @jest-environment jsdom
 */
import * as React from "react";
import { act, render, screen, fireEvent, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { makeEngine } from "../../src/taskpane/engine";
import { DEFAULT_POLICY } from "../../src/engine/policy/defaults";
import type { AnyRule } from "../../src/engine/rule";
import subjectEmpty from "../../src/rules/subject-empty";
import blockedType from "../../src/rules/attachment-blocked-type";
import domainTypo from "../../src/rules/recipient-domain-typo";
import sensitiveWords from "../../src/rules/content-sensitive-words";
import { file, makeSnapshot, to } from "../helpers/snapshot";
import { fakeHost, type FakeHost } from "../helpers/pane-host";
// The pane loads these parts lazily; loading them here first keeps the tests' waits short.
import "../../src/taskpane/components/nav";
import "../../src/taskpane/components/HelpView";
import "../../src/taskpane/components/PolicyView";
import "../../src/taskpane/components/RemedyPanel";
import "../../src/taskpane/components/ShareForm";

jest.setTimeout(20_000);

const RULES: AnyRule[] = [subjectEmpty, blockedType, domainTypo, sensitiveWords];

function renderApp(host: FakeHost, rules: readonly AnyRule[] = RULES) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} engine={makeEngine(rules)} />
    </FluentProvider>,
  );
}

const status = () => screen.getByTestId("status");
const waitForState = (state: string) => waitFor(() => expect(status().getAttribute("data-state")).toBe(state));
const cards = () => screen.queryAllByTestId("finding");

describe("task pane App: check view", () => {
  it("shows ready to send for a clean message and removes the notification", async () => {
    const host = fakeHost({ snapshot: makeSnapshot({ subject: "Hello" }) });
    renderApp(host);
    expect(await screen.findByText("Ready to send")).toBeTruthy();
    expect(status().getAttribute("data-state")).toBe("pass");
    expect(cards()).toHaveLength(0);
    expect(host.calls.notifications).toEqual([undefined]);
  });

  it("shows a warning card in the user's language, and a notification of at most 150 characters", async () => {
    const host = fakeHost({ snapshot: makeSnapshot({ subject: "" }), displayLocale: "zh-TW" });
    renderApp(host);
    expect(await screen.findByText("1 個警告")).toBeTruthy();
    expect(status().getAttribute("data-state")).toBe("warn");
    expect(screen.getByText(/郵件還沒有主旨/)).toBeTruthy();
    const [note] = host.calls.notifications;
    expect(note).toContain("1 個警告");
    expect(Array.from(note ?? "").length).toBeLessThanOrEqual(150);
  });

  it("counts blocks and warnings with English singular and plural, grouped by category", async () => {
    const snapshot = makeSnapshot({
      subject: "",
      recipients: [to("ann@gmial.com"), to("bob@gmial.com")],
      attachments: [file("setup.exe", 1000), file("tool.bat", 10)],
    });
    renderApp(fakeHost({ snapshot }));
    await waitForState("block");
    expect(status().textContent).toBe("2 problems must be fixed, 3 warnings");
    const headings = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(["Recipients", "Attachments", "Content"]);
    const attachments = screen.getByRole("region", { name: "Attachments" });
    expect(within(attachments).getAllByTestId("finding").map((c) => c.getAttribute("data-severity"))).toEqual(["block", "block"]);
  });

  it("says '1 problem must be fixed' in the singular", async () => {
    renderApp(fakeHost({ snapshot: makeSnapshot({ attachments: [file("setup.exe", 1000)] }) }));
    await waitForState("block");
    expect(status().textContent).toBe("1 problem must be fixed");
  });

  it("shows the remedy steps with the guide and section they come from", async () => {
    renderApp(fakeHost({ snapshot: makeSnapshot({ attachments: [file("setup.exe", 1000)] }) }));
    const header = await screen.findByRole("button", { name: /How to fix/ }, { timeout: 5000 });
    fireEvent.click(header);
    const card = screen.getByTestId("finding");
    expect(within(card).getAllByRole("listitem").length).toBeGreaterThan(0);
    expect(within(card).getByText(/^Source: .*§/)).toBeTruthy();
  });

  it("renders a hostile file name as text, never as markup", async () => {
    const name = "<img src=x onerror=alert(1)>.exe";
    const { container } = renderApp(fakeHost({ snapshot: makeSnapshot({ attachments: [file(name, 1000)] }) }));
    await waitForState("block");
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getByTestId("finding").textContent).toContain("<img src=x onerror=alert(1)>");
  });

  it("highlights the matched sensitive word in the body excerpt", async () => {
    const policy = { ...DEFAULT_POLICY, sensitiveWords: ["Project Falcon"] };
    const snapshot = makeSnapshot({ body: { text: "Please keep the project falcon numbers to yourself." } });
    const { container } = renderApp(fakeHost({ snapshot, loaded: { policy, source: { kind: "defaults" } } }));
    await waitForState("warn");
    const marks = [...container.querySelectorAll("mark")].map((m) => m.textContent);
    expect(marks).toEqual(["project falcon"]);
    expect(screen.getByText(/In the text:/)).toBeTruthy();
  });

  it("draws the tabs and the language picker only once the first verdict is shown", async () => {
    let release: () => void = () => undefined;
    const host = fakeHost({ snapshot: makeSnapshot({ subject: "Hello" }) });
    const read = host.read;
    host.read = () => new Promise((resolve) => (release = () => resolve(read())));
    renderApp(host);
    // Microtasks only, no polling: the spinner's 300 ms (which brings the tabs too) must not pass.
    for (let i = 0; i < 20 && host.calls.reads === 0; i++) await act(() => Promise.resolve());
    expect(host.calls.reads).toBe(1);
    expect(status().getAttribute("data-state")).toBe("checking");
    expect(screen.queryByTestId("tab-help")).toBeNull();
    expect(screen.queryByTestId("language-select")).toBeNull();
    release();
    await waitForState("pass");
    expect(await screen.findByTestId("tab-help")).toBeTruthy();
    expect(await screen.findByTestId("language-select")).toBeTruthy();
    // A re-check that shows "Checking…" again does not take them away.
    host.read = () => new Promise(() => undefined);
    fireEvent.click(screen.getByTestId("recheck"));
    await waitForState("checking");
    expect(screen.getByTestId("tab-help")).toBeTruthy();
  });

  it("draws them while a slow first check still runs, once its spinner shows", async () => {
    const host = fakeHost();
    host.read = () => new Promise(() => undefined); // Outlook never answers
    renderApp(host);
    expect(await screen.findByTestId("tab-help", {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByTestId("language-select")).toBeTruthy();
    expect(status().getAttribute("data-state")).toBe("checking");
  });

  it("says what went wrong when the message cannot be read, and rechecks on request", async () => {
    const host = fakeHost();
    host.read = () => Promise.reject(new Error("subject.getAsync: no answer within 5000 ms"));
    renderApp(host);
    expect(await screen.findByText(/Could not read this message: subject.getAsync: no answer/)).toBeTruthy();
    expect(status().getAttribute("data-state")).toBe("error");
    host.read = () => Promise.resolve(makeSnapshot());
    fireEvent.click(screen.getByRole("button", { name: "Recheck" }));
    expect(await screen.findByText("Ready to send")).toBeTruthy();
  });

  it("notes that Send was stopped, above the findings", async () => {
    const lastSend = { at: 1, allowed: false, ruleIds: ["attachment-blocked-type"] };
    renderApp(fakeHost({ snapshot: makeSnapshot({ attachments: [file("setup.exe", 1)] }), lastSend }));
    expect(await screen.findByText("Send was stopped: fix the problems below.")).toBeTruthy();
  });

  it("says when the check at Send ran on the defaults, and why, in the pane's language", async () => {
    const lastSend = { at: 1, allowed: false, ruleIds: ["attachment-blocked-type"], policyProblem: "unreachable" as const };
    renderApp(fakeHost({ snapshot: makeSnapshot({ attachments: [file("setup.exe", 1)] }), lastSend }));
    expect((await screen.findByTestId("send-policy-problem")).textContent).toContain("/.well-known/microsoft-officeaddins-allowed.json");
  });

  it("says nothing about the policy at Send when the check there had it", async () => {
    const lastSend = { at: 1, allowed: false, ruleIds: ["attachment-blocked-type"] };
    renderApp(fakeHost({ snapshot: makeSnapshot({ attachments: [file("setup.exe", 1)] }), lastSend }));
    await screen.findByText("Send was stopped: fix the problems below.");
    expect(screen.queryByTestId("send-policy-problem")).toBeNull();
  });

  it("lists what could not be read under 'Not checked'", async () => {
    const snapshot = makeSnapshot({ flags: { recipientsIncomplete: true }, attachments: [file("a.zip", 10, { contentUnavailable: "timed out" })] });
    renderApp(fakeHost({ snapshot }));
    const note = await screen.findByTestId("not-checked");
    expect(note.textContent).toContain("Not checked");
    expect(note.textContent).toContain("Some recipients could not be read");
    expect(note.textContent).toContain("a.zip could not be read (timed out)");
  });
});

describe("task pane App: fixes and ignoring", () => {
  it("applies the exact edit of a fix button, then reads the message again", async () => {
    const recipients = [to("ann@gmial.com")];
    const host = fakeHost({ snapshot: makeSnapshot({ recipients }) });
    renderApp(host);
    await waitForState("warn");
    const button = screen.getByRole("button", { name: "Change to ann@gmail.com" });
    expect(button.getAttribute("data-edit")).toBe("replaceRecipient");
    const readsBefore = host.calls.reads;
    host.read = () => Promise.resolve(makeSnapshot({ recipients: [to("ann@gmail.com")] }));
    fireEvent.click(button);
    await waitForState("pass");
    expect(host.calls.edits).toEqual([
      { type: "replaceRecipient", field: "to", address: "ann@gmial.com", replacement: "ann@gmail.com" },
    ]);
    expect(host.calls.reads).toBeGreaterThan(readsBefore);
    // The warning's notification, then its removal once the message passes.
    expect(host.calls.notifications[0]).toBe("Mail Preflight: 1 warning. Open the pane for the fixes.");
    expect(host.calls.notifications.at(-1)).toBeUndefined();
  });

  it("shows why a fix failed and what to do, leaving the rest as it was", async () => {
    const host = fakeHost({ snapshot: makeSnapshot({ recipients: [to("ann@gmial.com")], attachments: [file("setup.exe", 5)] }) });
    host.edit = () => Promise.resolve({ ok: false, error: "ann@gmial.com is no longer in TO" });
    renderApp(host);
    await waitForState("block");
    fireEvent.click(screen.getByRole("button", { name: "Change to ann@gmail.com" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe("The fix did not work: ann@gmial.com is no longer in TO. Make the change in the message yourself, then press Recheck.");
    expect(cards()).toHaveLength(2);
    // Once the message changes, the failure message goes; the finding that is left stays.
    host.read = () => Promise.resolve(makeSnapshot({ recipients: [to("ann@gmial.com")] }));
    fireEvent.click(screen.getByTestId("recheck"));
    await waitForState("warn");
    expect(screen.queryByRole("alert")).toBeNull();
    expect(cards()).toHaveLength(1);
  });

  it("hides an ignored warning until the message changes, and never offers to ignore a block", async () => {
    const host = fakeHost({ snapshot: makeSnapshot({ subject: "", attachments: [file("setup.exe", 5)] }) });
    renderApp(host);
    await waitForState("block");
    const block = cards().find((c) => c.getAttribute("data-severity") === "block");
    expect(block && within(block).queryByTestId("ignore")).toBeNull();
    fireEvent.click(screen.getByTestId("ignore"));
    expect(cards().map((c) => c.getAttribute("data-rule"))).toEqual(["attachment-blocked-type"]);
    expect(screen.getByText("1 ignored until the message changes.")).toBeTruthy();
    // Same message on a forced re-check: still hidden.
    fireEvent.click(screen.getByTestId("recheck"));
    await waitForState("block");
    expect(cards()).toHaveLength(1);
    host.read = () => Promise.resolve(makeSnapshot({ subject: "", attachments: [file("setup.exe", 5), file("b.txt", 1)] }));
    fireEvent.click(screen.getByTestId("recheck"));
    await waitFor(() => expect(cards()).toHaveLength(2));
  });
});

describe("task pane App: share instead of attach", () => {
  const snapshot = makeSnapshot({ attachments: [file("<b>plan</b>.exe", 2 * 1024 * 1024, { id: "att-x" })] });
  const policy = {
    ...DEFAULT_POLICY,
    cloudShare: {
      name: { "zh-CN": "网盘", "zh-TW": "網盤", "en-US": "Drive" },
      url: { "zh-CN": "https://pan.example.cn/", "zh-TW": "https://pan.example.tw/", "en-US": "https://drive.example.com/" },
      expiryNote: { "zh-CN": "30 天有效", "zh-TW": "30 天有效", "en-US": "valid for 30 days" },
    },
  };

  it("opens the drive for the locale, insists on https://, and inserts the escaped line", async () => {
    const host = fakeHost({ snapshot, loaded: { policy, source: { kind: "defaults" } }, displayLocale: "zh-TW" });
    const { container } = renderApp(host);
    await waitForState("block");
    fireEvent.click(container.querySelector('[data-edit="insertShareLink"]') as HTMLElement);
    await waitFor(() => expect(host.calls.opened).toEqual(["https://pan.example.tw/"]), { timeout: 5000 });
    const input = screen.getByTestId("share-link-input");
    fireEvent.change(input, { target: { value: "http://pan.example.tw/s/1" } });
    fireEvent.click(screen.getByTestId("share-link-confirm"));
    expect(await screen.findByText(/連結必須以 https:\/\/ 開頭/)).toBeTruthy();
    expect(host.calls.edits).toEqual([]);
    fireEvent.change(input, { target: { value: 'https://pan.example.tw/s/1?a="x"' } });
    fireEvent.click(screen.getByTestId("share-link-confirm"));
    await waitFor(() => expect(host.calls.edits).toHaveLength(1));
    // The link the user pasted travels inside the edit, escaped for the body it goes into.
    expect(host.calls.edits).toEqual([
      {
        type: "insertShareLink",
        attachmentId: "att-x",
        name: "<b>plan</b>.exe",
        size: 2 * 1024 * 1024,
        link: {
          url: 'https://pan.example.tw/s/1?a="x"',
          html: '<p>&lt;b&gt;plan&lt;/b&gt;.exe（2 MB）：<a href="https://pan.example.tw/s/1?a=&quot;x&quot;">https://pan.example.tw/s/1?a=&quot;x&quot;</a>（30 天有效）</p>',
        },
      },
    ]);
  });
});

describe("task pane App: language", () => {
  it("switches the pane's language and remembers the choice", async () => {
    const host = fakeHost({ snapshot: makeSnapshot({ subject: "" }) });
    renderApp(host);
    await screen.findByText("1 warning");
    fireEvent.change(await screen.findByTestId("language-select", {}, { timeout: 5000 }), { target: { value: "zh-CN" } });
    expect(screen.getByText("1 个警告")).toBeTruthy();
    expect(screen.getByRole("button", { name: "重新检查" })).toBeTruthy();
    expect(host.calls.saved).toEqual({ locale: "zh-CN" });
    // The notification on the message follows the new language too.
    await waitFor(() => expect(host.calls.notifications.at(-1)).toContain("1 个警告"));
  });

  it("starts in the remembered language over Outlook's", async () => {
    const host = fakeHost({ snapshot: makeSnapshot({ subject: "Hi" }) });
    host.saveSetting("locale", "zh-TW");
    renderApp(host);
    expect(await screen.findByText("可以傳送")).toBeTruthy();
  });
});
