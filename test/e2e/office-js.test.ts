/**
 * The built taskpane.html in Chromium at an https address, with Microsoft's real Office.js (from
 * @microsoft/office-js, routed in place of the CDN) and no Outlook answering: what a user who opens
 * the pane's address in a browser, or whose network blocks Office.js or MicrosoftAjax.js, sees;
 * and that the page's CSP lets Office.js fetch what it needs in Outlook on the web.
 */
import type { Page } from "playwright-core";
import { t } from "../../src/taskpane/strings";
import { MS_AJAX_HOST, OFFICE_JS_HOST } from "../../src/adapters/office/start";
import { WAITING_NOTICE_MS } from "../../src/taskpane/components/BootNotice";
import type { Locale } from "../../src/engine/rule";
import { previewSession, screenshot } from "./harness";
import { OFFICE_JS_URL, PANE_ORIGIN, routePane, watchProblems, type OfficeJsRoute, type PageProblems } from "./office-js";
import { SCRIPT_PAIRS } from "../manual/texts";

jest.setTimeout(120_000);

const s = previewSession({ openEach: false });

const LOCALES: readonly Locale[] = ["zh-CN", "zh-TW", "en-US"];
const HOSTS = { officeJs: OFFICE_JS_HOST, msAjax: MS_AJAX_HOST };
const MS_AJAX_URL = "https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js";
const SIMPLIFIED_ONLY = SCRIPT_PAIRS.map(([simplified]) => simplified);
/** Where Office.js (o15apptofilemappingtable.js, ULSEndpointProxy) frames its telemetry proxy. */
const TELEMETRY_FRAME = "https://telemetryservice.firstpartyapps.oaspapps.com/";

interface Opened {
  page: Page;
  route: OfficeJsRoute;
  problems: PageProblems;
}

function buildDir(): string {
  const out = process.env.MAIL_PREFLIGHT_E2E_BUILD;
  if (!out) throw new Error("No build: run through the jest project e2e (its global setup builds once).");
  return out;
}

/** Opens the built taskpane.html on its own, at an https address, with the browser set to `locale`. */
async function openTaskpane(locale: Locale, block?: (file: string) => boolean, query = ""): Promise<Opened> {
  const context = await s.h.browser.newContext({ locale, viewport: { width: 360, height: 640 } });
  const route = await routePane(context, buildDir(), block);
  const page = await context.newPage();
  s.page = page; // closed after each test by the harness
  const problems = watchProblems(page);
  await page.goto(`${PANE_ORIGIN}taskpane.html${query}`);
  return { page, route, problems };
}

/** The notice the pane shows instead of a check; the guard is "does not hang", not a speed limit. */
async function noticeOf(page: Page, kind: string, timeout = 15_000): Promise<string> {
  const notice = page.locator(`[data-testid=boot-notice][data-kind=${kind}]`);
  await notice.waitFor({ timeout });
  return (await notice.textContent()) ?? "";
}

describe("taskpane.html with the real Office.js, and no Outlook answering", () => {
  it.each(LOCALES)("asks, in the browser's language (%s), to open Mail Preflight from a message in Outlook", async (locale) => {
    const { page, route, problems } = await openTaskpane(locale);
    const text = await noticeOf(page, "elsewhere");
    expect(text).toContain(t(locale, "bootElsewhere"));
    if (locale === "zh-TW") expect(SIMPLIFIED_ONLY.filter((c) => text.includes(c))).toEqual([]);
    if (locale === "en-US") expect(text).not.toMatch(/[\u3400-\u9fff]/);

    // It was Microsoft's library that answered: office.js, then the file table it loads next to itself.
    expect(route.served).toEqual(expect.arrayContaining(["office.js", "o15apptofilemappingtable.js"]));
    expect(route.refused).toEqual([]);
    // What Office.js says outside Office: no host and no platform (and no mailbox to read).
    const info = await page.evaluate(() =>
      Office.onReady().then((ready) => ({ host: ready.host, platform: ready.platform, mailbox: Boolean(Office.context?.mailbox) })),
    );
    expect(info).toEqual({ host: null, platform: null, mailbox: false });
    expect(await page.locator("[data-testid=status]").count()).toBe(0);
    if (locale === "zh-CN") await screenshot(page, "taskpane-outside-outlook-zh-CN");

    // 3 s after loading, Office.js adds a hidden iframe for Microsoft's telemetry. The pages' CSP
    // (default-src 'self') blocks it: Chromium logs that as an error, and it is the only one.
    const blocked = page.waitForEvent("console", (m) => m.type() === "error" && m.text().includes(TELEMETRY_FRAME));
    await page.waitForSelector(`iframe[src^="${TELEMETRY_FRAME}"]`, { state: "attached" });
    await blocked;
    expect(problems.uncaught).toEqual([]);
    expect(problems.errors.map((e) => e.text)).toEqual([expect.stringMatching(/^Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates the following Content Security Policy directive/)]);
    expect(route.refused).toEqual([]);
  });

  it.each(LOCALES)("names the firewall's address in the browser's language (%s) when Office.js cannot load at all", async (locale) => {
    const { page, route, problems } = await openTaskpane(locale, () => true);
    const text = await noticeOf(page, "missing");
    expect(text).toContain(t(locale, "bootMissing", HOSTS));
    expect(text).toContain("appsforoffice.microsoft.com");
    expect(text).toContain("ajax.aspnetcdn.com");
    expect(route.served).toEqual([]);
    expect(route.refused).toEqual([]);
    // The one expected problem: the failed load itself. No "Office is not defined".
    expect(problems.uncaught).toEqual([]);
    expect(problems.errors.map((e) => e.url)).toEqual([OFFICE_JS_URL]);
    if (locale === "en-US") await screenshot(page, "taskpane-office-js-blocked-en-US");
  });

  it("says what it waits for when Office.js loads but never becomes ready (a file it loads next is blocked)", async () => {
    const { page, route, problems } = await openTaskpane("zh-TW", (file) => file === "o15apptofilemappingtable.js");
    const text = await noticeOf(page, "waiting", WAITING_NOTICE_MS + 15_000);
    expect(text).toContain(t("zh-TW", "bootWaiting", HOSTS));
    expect(route.served).toEqual(["office.js"]);
    expect(problems.uncaught).toEqual([]);
    expect(problems.errors.map((e) => e.url)).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/o15apptofilemappingtable.js"]);
  });

  it("lets Office.js's Outlook script fetch MicrosoftAjax.js, and says what it waits for when a firewall blocks it", async () => {
    // Outlook on the web opens the pane with its host information in the address; Office.js then
    // loads the Outlook script and strings next to itself, and that script fetches MicrosoftAjax.js.
    const { page, route, problems } = await openTaskpane("en-US", undefined, "?_host_Info=Outlook$Web$16.01$zh-TW$$$$0");
    const text = await noticeOf(page, "waiting", WAITING_NOTICE_MS + 15_000);
    expect(text).toContain(t("en-US", "bootWaiting", HOSTS));
    expect(route.served).toEqual(expect.arrayContaining(["office.js", "outlook-web-16.01.js", "zh-tw/office_strings.js"]));
    // The request reached the network (this test's stand-in for a firewall refuses it): the
    // page's CSP let it through. A CSP that blocks it logs a violation and never asks.
    expect(route.refused).toEqual([MS_AJAX_URL]);
    expect(problems.errors.filter((e) => /Content Security Policy/.test(e.text))).toEqual([]);
    expect(problems.errors.map((e) => e.url)).toEqual([MS_AJAX_URL]);
    // Office.js's own report of it, thrown from its load callback.
    expect(problems.uncaught).toEqual(["Not able to load MicrosoftAjax.js."]);
  });
});
