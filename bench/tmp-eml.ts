import fs from "node:fs"; import path from "node:path";
import { parseEml } from "../src/adapters/eml";
import { listZip } from "../src/archive/zip";
import { runRules } from "../src/engine/run";
import { DEFAULT_POLICY } from "../src/engine/policy-defaults";
import { RULES } from "../src/rules";
export async function main() {
  const files: string[] = [];
  const walk = (d: string) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else files.push(p); } };
  walk("../shared/corpora");
  const bufs = files.map((f) => fs.readFileSync(f));
  let tp = 0, tr = 0;
  const t0 = performance.now();
  for (const b of bufs) {
    const a = performance.now();
    const r = await parseEml(b, { maxBytes: 200e6, listArchive: (x) => listZip(x), archiveMaxBytes: 10e6 });
    const m = performance.now(); tp += m - a;
    if (r.ok) runRules(r.snapshot, DEFAULT_POLICY, RULES);
    tr += performance.now() - m;
  }
  const tot = performance.now() - t0;
  console.log(files.length, "msgs", (files.length / tot * 1000).toFixed(0), "msg/s; parse", tp.toFixed(0), "rules", tr.toFixed(0));
}
