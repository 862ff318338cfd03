/**
 * The preview in a real browser: the real task pane against the simulated mailbox, its fixes
 * changing the compose window, and the real Smart Alerts handler behind Send.
 */
import fs from "node:fs";
import path from "node:path";
import { SCENARIOS } from "../../src/preview/scenarios";
import { t } from "../../src/taskpane/strings";
import { expectValue, finding, pane, pickScenario, previewSession, screenshot, settled } from "./harness";

jest.setTimeout(120_000);

function driveUrl(locale: string): string {
  const policy = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../policy/policy.json"), "utf8")) as { cloudShare: { url: string | Record<string, string> } };
  const url = policy.cloudShare.url;
  return typeof url === "string" ? url : url[locale];
}

const s = previewSession();

describe("preview scenarios", () => {
  it("each scenario shows the findings it is made for, and the clean one passes", async () => {
    for (const scenario of SCENARIOS) {
      const frame = await pickScenario(s.page, scenario.id);
      for (const rule of scenario.shows) await finding(frame, rule).first().waitFor();
      if (scenario.shows.length === 0) {
        expect(await frame.getAttribute("[data-testid=status]", "data-state")).toBe("pass");
        expect(await frame.locator("[data-testid=finding][data-severity=block], [data-testid=finding][data-severity=warn]").count()).toBe(0);
        await screenshot(s.page, "clean");
      }
    }
  });

  it("boots on an empty message and re-checks what the user types", async () => {
    const frame = await pane(s.page);
    await finding(frame, "subject-empty").waitFor();
    await s.page.fill("#field-subject", "Quarterly report");
    await frame.locator("[data-testid=recheck]").click();
    await frame.locator("[data-testid=status][data-state=pass]").waitFor();
    await expect(finding(frame, "subject-empty").count()).resolves.toBe(0);
  });

  it("typing recipients fires RecipientsChanged: the pane re-checks on its own", async () => {
    const frame = await pane(s.page);
    await s.page.fill("#field-to", "zhang@gmial.com");
    await s.page.press("#field-to", "Tab");
    await finding(frame, "recipient-domain-typo").waitFor();
  });
});

describe("fixes from the pane change the compose window", () => {
  it("removing the .exe clears its finding and its attachment", async () => {
    const frame = await pickScenario(s.page, "exe");
    await finding(frame, "attachment-blocked-type").waitFor();
    await screenshot(s.page, "block");
    await finding(frame, "attachment-blocked-type").locator("[data-edit=removeAttachment]").click();
    await finding(frame, "attachment-blocked-type").waitFor({ state: "detached" });
    await expect(s.page.locator("#attachment-list .attachment").count()).resolves.toBe(0);
  });

  it("a typo fix replaces the address in To", async () => {
    const frame = await pickScenario(s.page, "typos");
    await finding(frame, "recipient-domain-typo").locator("[data-edit=replaceRecipient]").first().click();
    await expectValue(s.page, "#field-to", "Zhang Wei <zhang@gmail.com>");
  });

  it("move to Bcc empties To and fills Bcc", async () => {
    const frame = await pickScenario(s.page, "mass-mail");
    await finding(frame, "recipient-exposed-list").locator("[data-edit=moveRecipientsToBcc]").click();
    await expectValue(s.page, "#field-to", "");
    const bcc = await s.page.inputValue("#field-bcc");
    expect(bcc.split(";")).toHaveLength(60);
    expect(bcc).toContain("customer60@example-6.com");
    await finding(frame, "recipient-exposed-list").waitFor({ state: "detached" });
  });

  it("share instead of attach opens the drive (recorded, not navigated) and puts the link in the body", async () => {
    const frame = await pickScenario(s.page, "large-video");
    const card = finding(frame, "attachment-too-large");
    await card.locator("[data-edit=insertShareLink]").click();
    // The drive is the hosted policy's (policy/policy.json, served beside the pane).
    await s.page.locator("#browser-opened").filter({ hasText: `已在浏览器中打开 ${driveUrl("zh-CN")}` }).waitFor();
    await card.locator("[data-testid=share-link-input]").fill("https://contoso.sharepoint.com/s/launch-event");
    await card.locator("[data-testid=share-link-confirm]").click();
    await card.waitFor({ state: "detached" });
    await s.page.locator("#field-body a[href='https://contoso.sharepoint.com/s/launch-event']").waitFor();
    await expect(s.page.locator("#attachment-list .attachment").count()).resolves.toBe(0);
  });

  // From the pane branch (its keyboard-only test), on this file's harness.
  it("works with the keyboard alone: a fix button, then the Help tab", async () => {
    await s.page.selectOption("#field-language", "en-US");
    await s.page.fill("#field-to", "ann@gmial.com");
    await s.page.dispatchEvent("#field-to", "change");
    const frame = await pane(s.page);
    await finding(frame, "recipient-domain-typo").waitFor();
    // Start from the Recheck button and move only with Tab until the fix button has focus.
    await frame.getByTestId("recheck").focus();
    const focused = () => frame.evaluate(() => document.activeElement?.getAttribute("data-edit") ?? document.activeElement?.textContent ?? "");
    for (let i = 0; i < 40 && (await focused()) !== "replaceRecipient"; i++) await s.page.keyboard.press("Tab");
    expect(await focused()).toBe("replaceRecipient");
    await s.page.keyboard.press("Enter");
    await finding(frame, "recipient-domain-typo").waitFor({ state: "detached" });
    await expectValue(s.page, "#field-to", "ann@gmail.com");

    await frame.getByTestId("tab-check").focus();
    await s.page.keyboard.press("ArrowRight");
    await s.page.keyboard.press("Enter");
    await frame.getByRole("heading", { name: "Cannot send" }).waitFor();
  });

  it("ignoring a warning hides it", async () => {
    const frame = await pickScenario(s.page, "forgotten-attachment");
    await finding(frame, "content-forgotten-attachment").locator("[data-testid=ignore]").click();
    await finding(frame, "content-forgotten-attachment").waitFor({ state: "detached" });
  });

  it("the pane's status shows in Outlook's notification bar above the message", async () => {
    const frame = await pickScenario(s.page, "exe");
    const status = (await frame.locator("[data-testid=status]").textContent()) ?? "";
    await s.page.locator("#notification-bar .notification").filter({ hasText: status.slice(0, 6) }).waitFor();
  });
});

describe("Send runs the real Smart Alerts handler", () => {
  it("a clean message is sent", async () => {
    await pickScenario(s.page, "clean");
    await s.page.click("#send");
    await s.page.locator("#send-result").filter({ hasText: "已发送。" }).waitFor();
    await expect(s.page.locator("[role=dialog]").count()).resolves.toBe(0);
  });

  it("a blocked message gets the modal dialog with the handler's reasons; its button closes it unsent", async () => {
    await pickScenario(s.page, "exe");
    await s.page.click("#send");
    const dialog = s.page.getByRole("dialog");
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("report.exe");
    await expect(s.page.evaluate(() => document.activeElement?.closest("[role=dialog]") !== null)).resolves.toBe(true);
    await screenshot(s.page, "smart-alert");
    await s.page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    await s.page.locator("#send-result").filter({ hasText: "邮件未发送。" }).waitFor();
    await expect(s.page.locator("#send-bugs li").count()).resolves.toBe(0);
  });

  it("the dialog's Review button (commandId) opens the hidden pane, which knows why Send stopped", async () => {
    await pickScenario(s.page, "exe");
    await s.page.click("#pane-toggle");
    await expect(s.page.locator("iframe.pane").count()).resolves.toBe(0);
    await s.page.click("#send");
    const dialog = s.page.getByRole("dialog");
    await dialog.locator("strong").filter({ hasText: "发送前请先处理以下问题：" }).waitFor(); // markdown: host claims 1.15
    await dialog.getByRole("button", { name: "查看并修复" }).click();
    await dialog.waitFor({ state: "detached" });
    const frame = await pane(s.page);
    expect(await settled(frame)).toBe("block");
    // The handler left its decision in sessionData; the pane, a separate page, read it there.
    await frame.getByText(t("zh-CN", "lastSendStopped")).waitFor();
  });

  it("an Outlook older than 1.14 shows the plain message and Outlook's own Don't send", async () => {
    await s.page.evaluate(() => {
      (window as unknown as { __mailPreflightSim: { state: { mailboxMinor: number } } }).__mailPreflightSim.state.mailboxMinor = 13;
    });
    await pickScenario(s.page, "exe");
    await s.page.click("#send");
    const dialog = s.page.getByRole("dialog");
    await dialog.locator(".plain").filter({ hasText: "report.exe" }).waitFor();
    await expect(dialog.locator("strong").count()).resolves.toBe(0);
    await dialog.getByRole("button", { name: "不发送" }).click();
    await dialog.waitFor({ state: "detached" });
  });

  it("hiding the pane unloads it; the ribbon button brings it back and it re-checks", async () => {
    await s.page.click("#pane-toggle");
    await expect(s.page.locator("iframe.pane").count()).resolves.toBe(0);
    await s.page.click("#pane-toggle");
    expect(await settled(await pane(s.page))).toBe("warn");
  });
});
