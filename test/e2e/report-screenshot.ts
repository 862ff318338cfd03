/**
 * The README's picture of `mail-preflight report`: writes a report with `--compare` and
 * photographs its top in Debian's Chromium (never a downloaded browser).
 *
 *   node -r ./bench/ts-hook.cjs test/e2e/report-screenshot.ts [out.png] [PATH...]
 *
 * Default: docs/report.png from the SpamAssassin hard-ham corpus and the test fixtures, the sample
 * policy compared with test/fixtures/policy/stricter.json.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { installByteBlob } from "../../src/cli/byte-blob";
import { nodeIO } from "../../src/cli/node-io";
import { runCli } from "../../src/cli/program";
import { launchBrowser } from "./browser";

const ROOT = path.resolve(__dirname, "../..");

async function main(): Promise<void> {
  installByteBlob();
  const [target = path.join(ROOT, "docs/report.png"), ...given] = process.argv.slice(2).map((p) => path.resolve(p));
  // Paths relative to the checkout, as an admin would type them (the page shows them as given).
  process.chdir(ROOT);
  const inputs = given.length > 0 ? given : ["../shared/corpora/spamassassin-dev/hard-ham", "test/fixtures/eml"];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mp-report-"));
  const html = path.join(dir, "report.html");
  const io = { ...nodeIO(), stdout: () => undefined };
  // The what-if of the README: a stricter policy (outside recipients warn, spam words counted sooner).
  const code = await runCli(["report", "--locale", "en-US", "--policy", "policy/policy.json", "--compare", "test/fixtures/policy/stricter.json", "--out", html, ...inputs], io);
  if (code !== 0) throw new Error(`report exited with ${code}`);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1500 }, deviceScaleFactor: 1 });
    await page.goto(`file://${html}`);
    await page.screenshot({ path: target, fullPage: false });
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(`${path.relative(ROOT, target)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
