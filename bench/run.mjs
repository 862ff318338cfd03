// `npm run bench [-- --quick] [-- --only=engine,typo]`: benchmarks print medians and ratios
// against a baseline measured in the same run, so the numbers compare across machines.
// Benchmarks are not tests: nothing here fails CI. A full run (no --quick, no --only) also writes
// bench/RESULTS.md; pass --write to write it from a partial run anyway.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
require("./ts-hook.cjs");

const SECTIONS = {
  engine: "./engine.bench.ts",
  scaling: "./scaling.bench.ts",
  typo: "./typo.bench.ts",
  cli: "./cli.bench.ts",
  spamassassin: "./spamassassin.bench.ts",
  bundles: "./bundles.bench.ts",
  pane: "./pane.bench.ts",
  fuzz: "./fuzz.bench.ts",
  warnings: "./warnings.bench.ts",
};

const args = process.argv.slice(2);
const unknown = args.filter((a) => !/^--(quick|write|large-mbox|only=.+)$/.test(a));
const only = args.find((a) => a.startsWith("--only="))?.slice("--only=".length).split(",");
const wrong = (only ?? []).filter((name) => !(name in SECTIONS));
if (unknown.length > 0 || wrong.length > 0) {
  console.error(`Unknown ${unknown.length ? `option ${unknown.join(" ")}` : `section ${wrong.join(", ")}`}.`);
  console.error(`Usage: npm run bench -- [--quick] [--only=${Object.keys(SECTIONS).join(",")}] [--large-mbox] [--write]`);
  process.exit(2);
}
const quick = args.includes("--quick");
const largeMbox = args.includes("--large-mbox");
const write = args.includes("--write") || (!quick && !only);

const started = Date.now();
// The machine may be shared: the load before the run says how far to trust absolute times.
const loadBefore = os.loadavg()[0].toFixed(1);
for (const [name, file] of Object.entries(SECTIONS)) {
  if (only && !only.includes(name)) continue;
  await require(file).main({ quick, largeMbox });
}
const { lines, misses } = require("./report.ts").collected();

const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(`\n## Targets not met\n`);
console.log(misses.length ? misses.join("\n") : "None.");
console.log(`\nBench took ${seconds} s.`);

if (write) {
  const cpus = os.cpus();
  const header = [
    "# Mail Preflight benchmark results",
    "",
    "Written by `npm run bench` (bench/run.mjs). Ratios compare sides measured in the same run, alternating;",
    "absolute times depend on the machine below.",
    "",
    `- Machine: ${cpus[0]?.model.trim() ?? "unknown CPU"}, ${cpus.length} cores (${os.platform()} ${os.arch()}); load average ${loadBefore} when the run started`,
    `- Node ${process.version}`,
    `- Date: ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
    `- Options: ${args.length ? args.join(" ") : "(full run)"}; took ${seconds} s`,
  ];
  const footer = ["", "## Targets not met", "", misses.length ? misses.join("\n") : "None.", ""];
  const target = path.join(path.dirname(fileURLToPath(import.meta.url)), "RESULTS.md");
  fs.writeFileSync(target, [...header, ...lines, ...footer].join("\n"));
  console.log(`Wrote ${path.relative(process.cwd(), target)}.`);
}
// Nothing may keep the bench alive (spamd and the temporary build are cleaned up on exit).
process.exit(0);
