/**
 * One production build of the web bundles per bench run, into a temporary folder so dist/ is
 * left alone, shared by the bundle-size and pane-timing sections and removed when the bench ends.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import webpack from "webpack";

type ConfigFactory = (env: Record<string, unknown>, argv: Record<string, unknown>) => Promise<webpack.Configuration[]>;

export interface Build {
  readonly dir: string;
  /** Module source bytes per npm package (or "our code") in each entry's chunks, for "what limits it". */
  readonly packagesByEntry: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

let built: Promise<Build> | undefined;
const folders: string[] = [];
process.on("exit", () => {
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
});

interface SizedModule {
  size(): number;
  nameForCondition(): string | null;
  modules?: readonly SizedModule[];
}

/** Sizes by package for the chunks of every entry point; concatenated modules are opened up. */
function packageSizes(compilation: webpack.Compilation): Map<string, Map<string, number>> {
  const result = new Map<string, Map<string, number>>();
  for (const [entry, point] of compilation.entrypoints) {
    const sizes = new Map<string, number>();
    const add = (module: SizedModule): void => {
      if (module.modules) return module.modules.forEach(add);
      const resource = module.nameForCondition() ?? "";
      const pkg = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(resource)?.[1].replace("\\", "/") ?? "our code";
      sizes.set(pkg, (sizes.get(pkg) ?? 0) + module.size());
    };
    for (const chunk of point.chunks) for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) add(module as unknown as SizedModule);
    result.set(entry, sizes);
  }
  return result;
}

async function build(): Promise<Build> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "mail-preflight-bench-build-"));
  folders.push(out);
  // webpack.config.js is CommonJS, loaded as the webpack CLI loads it.
  const factory = require("../webpack.config.js") as ConfigFactory;
  // The pages (task pane, preview) and the Send handlers; the CLI bundle is not measured here.
  const configs = (await factory({}, { mode: "production" })).filter((c) => c.name !== "cli");
  for (const config of configs) config.output = { ...config.output, path: out };
  const packagesByEntry = new Map<string, Map<string, number>>();
  await new Promise<void>((resolve, reject) => {
    webpack(configs, (error, stats) => {
      if (error) return reject(error);
      if (!stats) return reject(new Error("webpack returned no stats"));
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      for (const one of stats.stats) for (const [entry, sizes] of packageSizes(one.compilation)) packagesByEntry.set(entry, sizes);
      resolve();
    });
  });
  return { dir: out, packagesByEntry };
}

/** The production build (built on first call). */
export function productionBuild(): Promise<Build> {
  built ??= build();
  return built;
}

let cliBuilt: Promise<string> | undefined;

/** The production CLI (dist/cli.js with its --jobs workers) in a temporary folder; built on first call. */
export function cliBuild(): Promise<string> {
  cliBuilt ??= (async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "mail-preflight-bench-cli-"));
    folders.push(out);
    const factory = require("../webpack.config.js") as ConfigFactory;
    const configs = (await factory({}, { mode: "production" })).filter((c) => c.name === "cli");
    for (const config of configs) config.output = { ...config.output, path: out };
    await new Promise<void>((resolve, reject) => {
      webpack(configs, (error, stats) => {
        if (error) return reject(error);
        if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
        resolve();
      });
    });
    return out;
  })();
  return cliBuilt;
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
