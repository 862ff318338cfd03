/**
 * Section 5: what users download, gzip level 9 (what a web server sends): the task pane's initial
 * JS (the scripts taskpane.html loads), each Send handler file (classic Outlook fetches it at
 * every Send) and the preview page's JS, against the budgets.
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { productionBuild, scriptsOf } from "./build";
import { heading, missed, out, table } from "./report";

const KB = 1024;
const PANE_BUDGET = 110 * KB;
const HANDLER_BUDGET = 40 * KB;

const gzipSize = (file: string): number => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;

export async function main(): Promise<void> {
  heading("Bundles (production build, gzip -9)");
  const started = Date.now();
  const { dir: dist, packagesByEntry } = await productionBuild();
  const buildSeconds = ((Date.now() - started) / 1000).toFixed(0);
  const rows: string[][] = [];
  const row = (name: string, files: string[], budget: number | undefined): void => {
    const raw = files.reduce((sum, f) => sum + fs.statSync(path.join(dist, f)).size, 0);
    const gz = files.reduce((sum, f) => sum + gzipSize(path.join(dist, f)), 0);
    const met = budget === undefined ? "—" : gz <= budget ? "yes" : "NO";
    if (met === "NO") missed(`${name} ≤ ${kb(budget ?? 0)} gzip: ${kb(gz)}`, `what it bundles: ${largest(files.map((f) => f.replace(/\.js$/, "")))}`);
    rows.push([name, files.join(", "), kb(raw), kb(gz), budget === undefined ? "none" : `≤ ${kb(budget)}`, met]);
  };
  /** The biggest packages of these entries, by module source as bundled, before unused exports are dropped. */
  const largest = (entries: readonly string[]): string => {
    const sizes = new Map<string, number>();
    for (const entry of entries) for (const [pkg, size] of packagesByEntry.get(entry) ?? []) sizes.set(pkg, (sizes.get(pkg) ?? 0) + size);
    const total = [...sizes.values()].reduce((a, b) => a + b, 0);
    const top = [...sizes].sort((a, b) => b[1] - a[1]).slice(0, 5);
    return top.map(([pkg, size]) => `${pkg} ${((100 * size) / total).toFixed(0)} %`).join(", ") + " of the module source before tree-shaking and minification (an upper bound per package)";
  };
  row("task pane, initial JS", scriptsOf(path.join(dist, "taskpane.html")), PANE_BUDGET);
  const handlers = fs.readdirSync(dist).filter((f) => /^launchevent.*\.js$/.test(f)).sort();
  for (const file of handlers) row(`Send handler ${file}`, [file], HANDLER_BUDGET);
  row("preview page", scriptsOf(path.join(dist, "preview.html")), undefined);
  table(["bundle", "files", "minified", "gzip -9", "budget", "met"], rows);
  out(`\nLargest parts of the task pane: ${largest(["taskpane"])}.`);
  out(`Largest parts of the Send handler: ${largest(["launchevent"])}.`);
  out(`\nBuilt with webpack --mode production into a temporary folder in ${buildSeconds} s (dist/ untouched).`);
}
