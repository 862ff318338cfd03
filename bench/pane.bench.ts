/**
 * Section 6: how long a user waits for findings. Headless Debian chromium loads the production
 * preview (simulated compose window + the real task pane in an iframe) from a loopback server;
 * the target is the "pane load → findings shown": from the pane's load event until its
 * status leaves "checking". The stricter figure from the preview page's navigation start is
 * printed too. Each load gets a fresh browser context, so nothing comes from the HTTP cache.
 */
import fs from "node:fs";
import type { Browser } from "playwright-core";
import { CHROMIUM, launchBrowser } from "../test/e2e/browser";
import { serveStatic } from "../test/e2e/static-server";
import { productionBuild } from "./build";
import { fmt, median } from "./measure";
import { heading, missed, out, table, type BenchOptions } from "./report";

const TARGET_MS = 300;

/**
 * Runs in every frame before its scripts: reports the moment the pane's status is final through
 * a binding. Polling from Playwright (waitForFunction) would inject its utility script into the
 * pane mid-load and run on every frame, which costs the pane's own main thread ~10 ms.
 */
const RECORD_FINDINGS = `(() => {
  let sent = false;
  const record = () => {
    const status = document.querySelector("[data-testid=status]");
    const state = status && status.getAttribute("data-state");
    if (state && state !== "checking" && !sent) {
      sent = true;
      window.__mpFindings({ at: performance.timeOrigin + performance.now(), state });
    }
  };
  new MutationObserver(record).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-state"] });
})();`;

interface Load {
  /** All in ms from the preview page's navigation start. */
  readonly previewLoaded: number;
  readonly paneStarted: number;
  readonly paneScriptsRun: number;
  readonly paneLoaded: number;
  /** When the pane had the policy file (NaN when it fetched none). */
  readonly policyFetched: number;
  readonly findings: number;
  readonly state: string;
}

interface Marks {
  origin: number;
  scriptsRun: number;
  loaded: number;
  policy: number;
}

async function oneLoad(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext();
  try {
    let reported: (value: { at: number; state: string }) => void = () => undefined;
    const reportedFindings = new Promise<{ at: number; state: string }>((resolve) => (reported = resolve));
    await context.exposeBinding("__mpFindings", (_source, value: { at: number; state: string }) => reported(value));
    await context.addInitScript(RECORD_FINDINGS);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "load" });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error("the pane showed no findings within 30 s")), 30_000);
    });
    const found = await Promise.race([reportedFindings, timedOut]).finally(() => clearTimeout(timer));
    const frame = await (await page.waitForSelector("iframe.pane")).contentFrame();
    if (!frame) throw new Error("the preview's task pane iframe has no frame");
    const marks = (): Marks => {
      const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      // Deferred scripts have run when DOMContentLoaded fires.
      const policy = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).find((e) => /policy\.json$/.test(e.name));
      return { origin: performance.timeOrigin, scriptsRun: nav.domContentLoadedEventEnd, loaded: nav.loadEventStart, policy: policy ? policy.responseEnd : Number.NaN };
    };
    const top = await page.evaluate(marks);
    const pane = await frame.evaluate(marks);
    return {
      previewLoaded: top.loaded,
      paneStarted: pane.origin - top.origin,
      paneScriptsRun: pane.origin + pane.scriptsRun - top.origin,
      // The pane can report before its own load event; 0 means it had not fired yet.
      paneLoaded: pane.loaded > 0 ? pane.origin + pane.loaded - top.origin : Number.NaN,
      policyFetched: pane.origin + pane.policy - top.origin,
      findings: found.at - top.origin,
      state: found.state,
    };
  } finally {
    await context.close();
  }
}

export async function main(options: BenchOptions): Promise<void> {
  heading("Pane time-to-findings (headless chromium, production preview build)");
  if (!fs.existsSync(CHROMIUM)) {
    out(`Skipped: no chromium at ${CHROMIUM}. Install Debian's package (\`apt-get install -y chromium\`) or set CHROMIUM_PATH; never a downloaded browser.`);
    missed("pane findings ≤ 300 ms", "not measured: chromium is not installed");
    return;
  }
  const { dir: dist } = await productionBuild();
  const server = await serveStatic(dist);
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const url = `${server.url}preview.html`;
    await oneLoad(browser, url); // Warm-up: chromium's own start-up, not ours.
    const loads: Load[] = [];
    for (let i = 0; i < (options.quick ? 3 : 10); i++) loads.push(await oneLoad(browser, url));
    const m = (pick: (l: Load) => number): number => median(loads.map(pick).filter((v) => !Number.isNaN(v)));
    const findings = m((l) => l.findings);
    const states = [...new Set(loads.map((l) => l.state))].join(", ");
    table(
      ["median of " + loads.length + " loads", "ms from navigation start"],
      [
        ["preview page loaded (its load event)", fmt(m((l) => l.previewLoaded))],
        ["pane iframe navigation starts", fmt(m((l) => l.paneStarted))],
        ["pane scripts have run (its DOMContentLoaded)", fmt(m((l) => l.paneScriptsRun))],
        ["pane iframe loaded (its load event)", fmt(m((l) => l.paneLoaded))],
        ["pane has the policy file (policy.json)", Number.isNaN(m((l) => l.policyFetched)) ? "not fetched" : fmt(m((l) => l.policyFetched))],
        [`**findings shown** (status "${states}")`, `**${fmt(findings)}**`],
        ["pane loaded → findings", fmt(m((l) => l.findings - l.paneLoaded))],
        ["pane navigation start → findings", fmt(m((l) => l.findings - l.paneStarted))],
      ],
    );
    const afterLoad = m((l) => l.findings - l.paneLoaded);
    const fromPaneStart = m((l) => l.findings - l.paneStarted);
    out(`\nTarget: findings ≤ ${TARGET_MS} ms after the pane has loaded: ${afterLoad <= TARGET_MS ? "met" : "NOT met"} (${fmt(afterLoad)}; ${fmt(findings)} from the preview page's navigation start).`);
    // The pane's load event waits for the chunks it asks for while its scripts run (the rules and
    // the policy loader), so the stricter figure, from the pane's own navigation start, is judged too.
    out(`Stricter: findings ≤ ${TARGET_MS} ms from the pane's own navigation start: ${fromPaneStart <= TARGET_MS ? "also met" : "not met"} (${fmt(fromPaneStart)}).`);
    out("The simulated compose page is same-origin, so it shares the pane's main thread here; in Outlook the pane's frame has that thread to itself.");
    out("The preview starts with an empty message (one warning: no subject); every rule runs on it either way.");
    if (afterLoad > TARGET_MS) {
      missed(
        `pane load → findings ≤ ${TARGET_MS} ms: ${fmt(afterLoad)}`,
        `boot, the rules' and policy loader's chunks, the policy fetch, the read, the check and the first render (${fmt(findings - m((l) => l.paneScriptsRun))} after the pane's scripts ran)`,
      );
    }
  } finally {
    await browser?.close();
    await server.close();
  }
}
