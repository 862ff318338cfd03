/** What the boot file learns from Office.js about where the pane was opened. */
import fs from "node:fs";
import path from "node:path";
import { MS_AJAX_HOST, OFFICE_JS_HOST, officeStart } from "../../../src/adapters/office/start";
import { createOfficeSim } from "../../../src/preview/office-sim/office";
import { emptyState } from "../../../src/preview/office-sim/state";

const g = globalThis as unknown as { Office?: unknown };

afterEach(() => {
  delete g.Office;
});

/** Office.js as it behaves outside any Office client (see test/e2e/office-js.test.ts for the real one). */
const officeOutside = (context: Record<string, unknown> = {}) => ({
  onReady: () => Promise.resolve({ host: null, platform: null, addin: null }),
  context,
});

describe("officeStart", () => {
  it("reports missing when Office.js never loaded", async () => {
    expect(await officeStart()).toEqual({ kind: "missing" });
  });

  it("reports missing when something else took the name Office", async () => {
    g.Office = {};
    expect(await officeStart()).toEqual({ kind: "missing" });
  });

  it("reports elsewhere (host null) in a plain browser tab", async () => {
    g.Office = officeOutside();
    expect(await officeStart()).toEqual({ kind: "elsewhere", host: null });
  });

  it("reports elsewhere with the display language in Outlook without a message", async () => {
    g.Office = { onReady: () => Promise.resolve({ host: "Outlook", platform: "PC" }), context: { displayLanguage: "zh-TW", mailbox: { item: null } } };
    expect(await officeStart()).toEqual({ kind: "elsewhere", host: "Outlook", displayLanguage: "zh-TW" });
  });

  it("reports elsewhere in another Office app", async () => {
    g.Office = { onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }), context: { displayLanguage: "en-US" } };
    expect(await officeStart()).toEqual({ kind: "elsewhere", host: "Excel", displayLanguage: "en-US" });
  });

  it("reports outlook for a message being written (the preview's simulated Outlook)", async () => {
    g.Office = createOfficeSim(emptyState()).office;
    expect(await officeStart()).toEqual({ kind: "outlook" });
  });

  it("reports missing when Office.onReady rejects", async () => {
    g.Office = { onReady: () => Promise.reject(new Error("broken")) };
    expect(await officeStart()).toEqual({ kind: "missing" });
  });

  it("names the hosts the pages load Office.js from and let it load MicrosoftAjax.js from", () => {
    // webpack.config.js writes these addresses into taskpane.html's <script> and CSP.
    const config = fs.readFileSync(path.resolve(__dirname, "../../../webpack.config.js"), "utf8");
    expect(config).toContain(`const OFFICE_JS = "https://${OFFICE_JS_HOST}/lib/1/hosted/office.js"`);
    expect(config).toContain(`csp("https://${OFFICE_JS_HOST} https://${MS_AJAX_HOST}")`);
    // Where Office.js's Outlook scripts fetch it from (the package is the library the CDN serves).
    const outlookWeb = fs.readFileSync(require.resolve("@microsoft/office-js/dist/outlook-web-16.01.js"), "utf8");
    expect(outlookWeb).toContain(`//${MS_AJAX_HOST}/ajax/3.5/MicrosoftAjax.js`);
  });
});
