/**
 * @jest-environment jsdom
 */
/**
 * The boot file (src/taskpane/index.tsx) run as the page runs it: what the pane shows when Office.js
 * is missing, when it reports no Outlook around it, when Outlook takes long, and in Outlook.
 * The real Office.js library in Chromium: test/e2e/office-js.test.ts.
 */
import * as React from "react";
import { screen, waitFor } from "@testing-library/dom";
import { t } from "../../src/taskpane/strings";
import { WAITING_NOTICE_MS } from "../../src/taskpane/components/BootNotice";
import { MS_AJAX_HOST, OFFICE_JS_HOST } from "../../src/adapters/office/start";
import type { AppProps } from "../../src/taskpane/App";

// The rules and the policy are fetched as chunks in the page; the boot never waits for them.
jest.mock("../../src/taskpane/boot-chunks", () => ({ engine: new Promise(() => undefined), policy: new Promise(() => undefined) }));
// The App has its own tests: here it only shows which host the boot file handed it.
jest.mock("../../src/taskpane/App", () => ({
  App: ({ host }: AppProps) => <p data-testid="app">{`app ${host.displayLocale}`}</p>,
}));

jest.setTimeout(20_000);

const g = globalThis as unknown as { Office?: unknown };
const HOSTS = { officeJs: OFFICE_JS_HOST, msAjax: MS_AJAX_HOST };

function setBrowserLanguage(language: string): void {
  Object.defineProperty(window.navigator, "language", { value: language, configurable: true });
}

/** Loads index.tsx afresh, as the page's deferred script runs it. */
function boot(): void {
  document.body.innerHTML = `<div id="container"></div>`;
  jest.isolateModules(() => {
    require("../../src/taskpane/index");
  });
}

const notice = () => screen.findByTestId("boot-notice");

/** Office.js outside any Office client: onReady reports host null, context without a mailbox. */
const officeOutside = () => ({ onReady: () => Promise.resolve({ host: null, platform: null, addin: null }), context: {} });

const officeInOutlook = (ready: Promise<unknown> = Promise.resolve({ host: "Outlook", platform: "OfficeOnline" })) => ({
  onReady: () => ready,
  context: { displayLanguage: "zh-TW", mailbox: { item: {} }, officeTheme: { bodyBackgroundColor: "#ffffff" }, requirements: { isSetSupported: () => true } },
});

afterEach(() => {
  delete g.Office;
  jest.useRealTimers();
  document.body.innerHTML = "";
});

describe("task pane boot", () => {
  it.each([
    ["zh-CN", "zh-CN"],
    ["zh-TW", "zh-TW"],
    ["zh-HK", "zh-TW"],
    ["en-US", "en-US"],
    ["de-DE", "en-US"],
  ] as const)("says so in the browser's language (%s) when Office.js did not load", async (language, locale) => {
    setBrowserLanguage(language);
    boot();
    const shown = await notice();
    expect(shown.getAttribute("data-kind")).toBe("missing");
    expect(shown.getAttribute("lang")).toBe(locale);
    expect(shown.textContent).toContain(t(locale, "bootMissing", HOSTS));
    // The two addresses a firewall must allow, whatever the language.
    expect(shown.textContent).toContain("appsforoffice.microsoft.com");
    expect(shown.textContent).toContain("ajax.aspnetcdn.com");
    expect(screen.queryByTestId("app")).toBeNull();
  });

  it.each(["zh-CN", "zh-TW", "en-US"] as const)("asks to open it from a message in Outlook when Office reports no host (%s)", async (language) => {
    setBrowserLanguage(language);
    g.Office = officeOutside();
    boot();
    const shown = await notice();
    expect(shown.getAttribute("data-kind")).toBe("elsewhere");
    expect(shown.textContent).toContain(t(language, "bootElsewhere"));
    expect(screen.queryByTestId("app")).toBeNull();
  });

  it("uses Outlook's display language over the browser's when Outlook has no message open", async () => {
    setBrowserLanguage("en-US");
    g.Office = { onReady: () => Promise.resolve({ host: "Outlook" }), context: { displayLanguage: "zh-CN", mailbox: { item: null } } };
    boot();
    expect((await notice()).textContent).toContain(t("zh-CN", "bootElsewhere"));
  });

  it("draws the App with the Office host in Outlook, and no notice", async () => {
    setBrowserLanguage("en-US");
    g.Office = officeInOutlook();
    boot();
    expect((await screen.findByTestId("app")).textContent).toBe("app zh-TW");
    expect(screen.queryByTestId("boot-notice")).toBeNull();
  });

  it("says what it waits for when Office.onReady is slow, then draws the App once Outlook answers", async () => {
    jest.useFakeTimers();
    setBrowserLanguage("zh-TW");
    let ready: (info: unknown) => void = () => undefined;
    g.Office = officeInOutlook(new Promise((resolve) => (ready = resolve)));
    boot();
    await jest.advanceTimersByTimeAsync(WAITING_NOTICE_MS - 1);
    expect(screen.queryByTestId("boot-notice")).toBeNull();
    await jest.advanceTimersByTimeAsync(1);
    await jest.runOnlyPendingTimersAsync();
    const shown = await notice();
    expect(shown.getAttribute("data-kind")).toBe("waiting");
    expect(shown.textContent).toContain(t("zh-TW", "bootWaiting", HOSTS));

    ready({ host: "Outlook", platform: "PC" });
    await jest.runOnlyPendingTimersAsync();
    await waitFor(() => expect(screen.queryByTestId("app")).not.toBeNull());
    expect(screen.queryByTestId("boot-notice")).toBeNull();
  });

  it("shows no waiting notice once Office has answered", async () => {
    jest.useFakeTimers();
    setBrowserLanguage("en-US");
    g.Office = officeOutside();
    boot();
    await jest.advanceTimersByTimeAsync(WAITING_NOTICE_MS * 2);
    expect((await notice()).getAttribute("data-kind")).toBe("elsewhere");
  });
});
