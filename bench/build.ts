/**
 * One production build of the web bundles per bench run, into a temporary folder so dist/ is
 * left alone, shared by the bundle-size and pane-timing sections and removed when the bench ends.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import webpack from "webpack";

type ConfigFactory = (env: Record<string, unknown>, argv: Record<string, unknown>) => Promise<webpack.Configuration[]>;

let built: Promise<string> | undefined;
const folders: string[] = [];
process.on("exit", () => {
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
});

async function build(): Promise<string> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "mail-preflight-bench-build-"));
  folders.push(out);
  // webpack.config.js is CommonJS, loaded as the webpack CLI loads it.
  const factory = require("../webpack.config.js") as ConfigFactory;
  // The pages (task pane, preview) and the Send handlers; the CLI bundle is not measured here.
  const configs = (await factory({}, { mode: "production" })).filter((c) => c.name !== "cli");
  for (const config of configs) config.output = { ...config.output, path: out };
  await new Promise<void>((resolve, reject) => {
    webpack(configs, (error, stats) => {
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
  return out;
}

/** The folder holding the production build (built on first call). */
export function productionBuild(): Promise<string> {
  built ??= build();
  return built;
}

/** The local script files an HTML page loads, in order (remote ones such as office.js are not ours). */
export function scriptsOf(htmlFile: string): string[] {
  const html = fs.readFileSync(htmlFile, "utf8");
  // The production pages are minified: attribute quotes may be gone.
  const sources = [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map((m) => m[1] ?? m[2] ?? m[3]);
  const local = sources.filter((src) => !/^(https?:)?\/\//.test(src));
  if (local.length === 0) throw new Error(`${htmlFile} loads no local script: the page template or the build changed.`);
  return local;
}
