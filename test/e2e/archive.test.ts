/**
 * Archives other than zip in a real browser: the pane fetches 7-Zip (its "archive" chunk and the
 * .wasm file) from the add-in's own origin, compiles it under the pages' CSP ('wasm-unsafe-eval',
 * connect-src 'self'), and lists what the attachment holds; a message without an archive fetches
 * none of it. The archives are built here with 7-Zip itself and attached through the preview's
 * file input, as a user would attach them.
 */
import { gzipSync, strToU8, zipSync } from "fflate";
import type { Frame, Page } from "playwright-core";
import { SCENARIOS } from "../../src/preview/scenarios";
import { buildArchive } from "../archive/build-archives";
import { finding, pane, pickScenario, previewSession, settled } from "./harness";

jest.setTimeout(120_000);

const PROGRAM = strToU8("MZ harmless test payload, not a program");
const ARCHIVE_CHUNK = "/pane.archive.js";

/** What a page did that a test asserts on: every request, console errors, CSP violations. */
interface Watch {
  requests: URL[];
  problems: string[];
}

const s = previewSession({ openEach: false });

/** Opens the preview with every request, console error and CSP violation of every frame recorded. */
async function openWatched(): Promise<{ page: Page; watch: Watch }> {
  const watch: Watch = { requests: [], problems: [] };
  const page = await s.h.browser.newPage({ viewport: { width: 1280, height: 800 } });
  s.page = page;
  page.on("request", (request) => watch.requests.push(new URL(request.url())));
  page.on("console", (message) => {
    if (message.type() === "error") watch.problems.push(`console: ${message.text()}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) watch.problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on("pageerror", (error) => watch.problems.push(`page error: ${error.message}`));
  // Runs in the pane's frame too, each time it loads: a violation is reported even when the
  // browser's own console line about it is missing.
  await page.exposeBinding("__reportCsp", (_source, text: string) => watch.problems.push(`CSP: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __reportCsp(text: string): void }).__reportCsp(`${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  await page.goto(`${s.h.server.url}preview.html`);
  await settled(await pane(page));
  return { page, watch };
}

/** Attaches `bytes` as `name` through the compose window's file input; the pane re-checks. */
async function attach(page: Page, name: string, bytes: Uint8Array): Promise<Frame> {
  await page.setInputFiles("#field-files", { name, mimeType: "application/octet-stream", buffer: Buffer.from(bytes) });
  await page.locator("#attachment-list .attachment").filter({ hasText: name }).waitFor();
  return pane(page);
}

const paths = (watch: Watch, test: (path: string) => boolean): URL[] => watch.requests.filter((url) => test(url.pathname));
const isWasm = (path: string): boolean => path.endsWith(".wasm");
const isSevenZip = (path: string): boolean => path === ARCHIVE_CHUNK || isWasm(path);

describe("an archive 7-Zip reads, attached in the preview", () => {
  it.each([
    ["a 7z", "tools.7z", () => buildArchive("7z", { "bin/setup.exe": PROGRAM })],
    ["a tar.gz", "tools.tar.gz", async () => gzipSync(await buildArchive("tar", { "bin/setup.exe": PROGRAM }))],
  ])("%s holding an .exe: the pane names the entry, with 7-Zip from the add-in's own origin", async (_label, name, build) => {
    const bytes = await build();
    const { page, watch } = await openWatched();
    expect(paths(watch, isSevenZip)).toEqual([]);

    const frame = await attach(page, name, bytes);
    // Any finding about the archive means it was read (or given up on): a blocked fetch or
    // compile shows here as a CSP or console problem, before the missing listing does.
    await frame.locator("[data-testid=finding][data-rule^=attachment-archive-]").first().waitFor();
    expect(watch.problems).toEqual([]);
    const card = finding(frame, "attachment-archive-blocked-content");
    expect(await card.count()).toBe(1);
    expect(await card.textContent()).toContain("setup.exe");
    expect(await settled(frame)).toBe("block");

    const origin = new URL(s.h.server.url).origin;
    const wasm = paths(watch, isWasm);
    expect(wasm.length).toBeGreaterThan(0);
    expect(wasm.map((url) => url.origin)).toEqual(wasm.map(() => origin));
    expect(paths(watch, (p) => p === ARCHIVE_CHUNK).map((url) => url.origin)).toEqual([origin]);
    // The server saw them too: they were fetched, not refused on the way.
    expect(s.h.server.requests).toEqual(expect.arrayContaining([ARCHIVE_CHUNK, wasm[0].pathname]));
    // Nothing else left the machine either.
    expect(watch.requests.filter((url) => url.origin !== origin)).toEqual([]);
    expect(watch.problems).toEqual([]);
  });
});

describe("messages without an archive 7-Zip must read", () => {
  it("no sample message but the archive ones, nor a plain file attached, fetches the archive chunk or the .wasm", async () => {
    const { page, watch } = await openWatched();
    for (const scenario of SCENARIOS.filter((sc) => sc.id !== "zip-bat")) {
      const frame = await pickScenario(page, scenario.id);
      for (const rule of scenario.shows) await finding(frame, rule).first().waitFor();
    }
    const frame = await attach(page, "notes.txt", strToU8("meeting notes"));
    expect(await settled(frame)).not.toBe("checking");
    expect(paths(watch, isSevenZip)).toEqual([]);
    expect(watch.problems).toEqual([]);
  });

  it("a zip holding only a .bat is listed by the zip reader alone: no 7-Zip", async () => {
    const { page, watch } = await openWatched();
    const frame = await attach(page, "setup.zip", zipSync({ "install.bat": strToU8("@echo off") }));
    const card = finding(frame, "attachment-archive-blocked-content");
    await card.waitFor();
    expect(await card.textContent()).toContain("install.bat");
    expect(paths(watch, isSevenZip)).toEqual([]);
    expect(watch.problems).toEqual([]);
  });
});
