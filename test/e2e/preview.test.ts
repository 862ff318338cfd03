/** The preview boots the real task pane against the simulated mailbox, in a real browser. */
import fs from "node:fs";
import type { Browser, Frame, Page } from "playwright-core";
import { buildInto } from "../build/build-helpers";
import { launchBrowser } from "./browser";
import { serveStatic, type StaticServer } from "./static-server";

jest.setTimeout(180_000);

let out = "";
let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  out = await buildInto({}, "development");
  server = await serveStatic(out);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

beforeEach(async () => {
  page = await browser.newPage();
});

afterEach(async () => {
  await page.close();
});

async function paneFrame(): Promise<Frame> {
  const handle = await page.waitForSelector("iframe.pane");
  const frame = await handle.contentFrame();
  if (!frame) throw new Error("task pane iframe has no frame");
  return frame;
}

describe("preview", () => {
  it("boots the task pane and shows the check result", async () => {
    await page.goto(`${server.url}preview.html`);
    const pane = await paneFrame();
    const status = pane.getByTestId("status");
    // The preview starts with an empty message: no subject is a warning, nothing blocks.
    await status.filter({ hasText: "0 个问题必须修复，1 个警告" }).waitFor();
    await pane.locator('[data-rule="subject-empty"]').waitFor();
  });

  it("re-checks what the user types and shows it in the pane's language", async () => {
    await page.goto(`${server.url}preview.html`);
    await page.selectOption("#field-language", "en-US");
    await page.fill("#field-subject", "Quarterly report");
    await page.dispatchEvent("#field-subject", "change");
    const pane = await paneFrame();
    await pane.getByRole("button", { name: "Recheck" }).click();
    await pane.getByTestId("status").filter({ hasText: "Ready to send" }).waitFor();
  });

  it("works with the keyboard alone: a fix button, then the Help tab", async () => {
    await page.goto(`${server.url}preview.html`);
    await page.selectOption("#field-language", "en-US");
    await page.fill("#field-to", "ann@gmial.com");
    await page.dispatchEvent("#field-to", "change");
    const pane = await paneFrame();
    await pane.locator('[data-rule="recipient-domain-typo"]').waitFor();
    // Start from the Recheck button and move only with Tab until the fix button has focus.
    await pane.getByTestId("recheck").focus();
    const focused = () => pane.evaluate(() => document.activeElement?.getAttribute("data-edit") ?? document.activeElement?.textContent ?? "");
    for (let i = 0; i < 40 && (await focused()) !== "replaceRecipient"; i++) await page.keyboard.press("Tab");
    expect(await focused()).toBe("replaceRecipient");
    await page.keyboard.press("Enter");
    await pane.locator('[data-rule="recipient-domain-typo"]').waitFor({ state: "detached" });
    const to = await page.evaluate(() => (window as unknown as { __mailPreflightSim: { state: { to: { emailAddress: string }[] } } }).__mailPreflightSim.state.to);
    expect(to.map((r) => r.emailAddress)).toEqual(["ann@gmail.com"]);

    await pane.getByTestId("tab-check").focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await pane.getByRole("heading", { name: "Cannot send" }).waitFor();
  });

  it("runs the real Smart Alerts handler on Send", async () => {
    await page.goto(`${server.url}preview.html`);
    await page.click("#send");
    // Default policy: a missing subject only warns, so the message goes out.
    await page.locator("#smart-alert").filter({ hasText: "Sent." }).waitFor();
  });
});
