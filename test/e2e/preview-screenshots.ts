/**
 * The README's pictures of the preview, taken from the current code: builds the development
 * bundle (as `npm run test:e2e` does), serves it on 127.0.0.1 and photographs the preview in
 * Debian's Chromium (never a downloaded browser), 1280×800.
 *
 *   node -r ./bench/ts-hook.cjs test/e2e/preview-screenshots.ts [out-dir]
 *
 * Default out-dir: docs/ (preview.png: mistyped addresses in English; preview-zh-CN.png: Chinese
 * ad spam in Simplified Chinese). The Chinese picture needs a CJK font (fonts-wqy-microhei).
 */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { buildInto } from "../build/build-helpers";
import { SCENARIOS } from "../../src/preview/scenarios";
import { launchBrowser } from "./browser";
import { serveStatic, type StaticServer } from "./static-server";

const ROOT = path.resolve(__dirname, "../..");

interface Shot {
  readonly file: string;
  readonly locale: string;
  readonly scenario: string;
}

const SHOTS: readonly Shot[] = [
  { file: "preview.png", locale: "en-US", scenario: "typos" },
  { file: "preview-zh-CN.png", locale: "zh-CN", scenario: "spam-zh" },
];

/** Waits until the server has had no request for `quietMs`: the pane's lazy parts have arrived. */
async function quiet(server: StaticServer, quietMs = 700): Promise<void> {
  let seen = -1;
  while (seen !== server.requests.length) {
    seen = server.requests.length;
    await new Promise((resolve) => setTimeout(resolve, quietMs));
  }
}

async function take(page: Page, server: StaticServer, shot: Shot, target: string): Promise<void> {
  const scenario = SCENARIOS.find((s) => s.id === shot.scenario);
  if (!scenario) throw new Error(`no preview scenario ${shot.scenario}`);
  await page.goto(`${server.url}preview.html`);
  // Outlook's language first (the pane reloads in it), then the sample message.
  await page.selectOption("#field-language", shot.locale);
  await page.selectOption("#field-scenario", shot.scenario);
  const frame = await (await page.waitForSelector("iframe.pane")).contentFrame();
  if (!frame) throw new Error("task pane iframe has no frame");
  await frame.locator("[data-testid=status]:not([data-state=checking])").waitFor();
  for (const rule of scenario.shows) await frame.locator(`[data-testid=finding][data-rule="${rule}"]`).first().waitFor();
  await quiet(server);
  await frame.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: target });
}

async function main(): Promise<void> {
  const outDir = path.resolve(process.argv[2] ?? path.join(ROOT, "docs"));
  process.chdir(ROOT);
  const build = await buildInto({}, "development", (name) => name === "pages");
  const server = await serveStatic(build);
  const browser = await launchBrowser();
  try {
    for (const shot of SHOTS) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
      const target = path.join(outDir, shot.file);
      await take(page, server, shot, target);
      await page.close();
      process.stdout.write(`${path.relative(ROOT, target)}\n`);
    }
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(build, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
