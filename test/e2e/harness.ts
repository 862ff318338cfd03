/**
 * The preview driven from tests: one static server and one browser per file over the bundle
 * global-setup.ts built, a page per test, and helpers that wait on the pane's DOM contract
 * (status data-state, finding data-rule) instead of on time.
 */
import fs from "node:fs";
import path from "node:path";
import type { Browser, Frame, Page } from "playwright-core";
import { launchBrowser } from "./browser";
import { serveStatic, type StaticServer } from "./static-server";

export interface Harness {
  server: StaticServer;
  browser: Browser;
}

export const SCREENSHOTS = path.resolve(__dirname, "../../test-results/screenshots");

export async function startHarness(): Promise<Harness> {
  const out = process.env.MAIL_PREFLIGHT_E2E_BUILD;
  if (!out || !fs.existsSync(path.join(out, "preview.html"))) throw new Error("No preview build: run through `npm run test:e2e` (jest project e2e builds it once).");
  const server = await serveStatic(out);
  const browser = await launchBrowser();
  return { server, browser };
}

export async function stopHarness(h: Harness | undefined): Promise<void> {
  await h?.browser.close();
  await h?.server.close();
}

export interface PreviewSession {
  /** Set once the file's harness has started. */
  readonly h: Harness;
  /** The test's page: opened before each test unless `openEach` is false; closed after each. */
  page: Page;
}

/** Registers the hooks every browser test file needs: one harness per file, a page per test. */
export function previewSession({ openEach = true } = {}): PreviewSession {
  const session = {} as { h: Harness; page: Page };
  beforeAll(async () => {
    session.h = await startHarness();
  });
  afterAll(() => stopHarness(session.h));
  if (openEach) {
    beforeEach(async () => {
      session.page = await openPreview(session.h);
    });
  }
  afterEach(() => session.page?.context().close());
  return session;
}

export async function openPreview(h: Harness): Promise<Page> {
  const page = await h.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${h.server.url}preview.html`);
  await settled(await pane(page));
  return page;
}

/** The task pane's frame (a new one after each reload). */
export async function pane(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector("iframe.pane");
  const frame = await handle.contentFrame();
  if (!frame) throw new Error("task pane iframe has no frame");
  await frame.waitForSelector("[data-testid=status]");
  return frame;
}

/** Waits until the pane has a result (any state but checking) and returns it. */
export async function settled(frame: Frame): Promise<string> {
  const status = frame.locator("[data-testid=status]:not([data-state=checking])");
  await status.waitFor();
  return (await status.getAttribute("data-state")) ?? "";
}

/** Loads a scenario (a new item: the pane reloads) and waits for the pane's result. */
export async function pickScenario(page: Page, id: string): Promise<Frame> {
  await page.selectOption("#field-scenario", id);
  const frame = await pane(page);
  await settled(frame);
  return frame;
}

export function finding(frame: Frame, rule: string) {
  return frame.locator(`[data-testid=finding][data-rule="${rule}"]`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/** Waits (up to 10 s) for an input to hold `expected`, then asserts it, so a failure shows the value. */
export async function expectValue(page: Page, selector: string, expected: string): Promise<void> {
  await page
    .waitForFunction(([s, v]) => (document.querySelector(s) as HTMLInputElement | null)?.value === v, [selector, expected] as const, { timeout: 10_000 })
    .catch(() => undefined);
  expect(await page.inputValue(selector)).toBe(expected);
}
