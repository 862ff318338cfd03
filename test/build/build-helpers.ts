/** Runs the real webpack configuration into a temporary folder, once per test file. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import webpack from "webpack";

type ConfigFactory = (env: Record<string, unknown>, argv: Record<string, unknown>) => Promise<webpack.Configuration[]>;
// webpack.config.js is CommonJS and loaded as the CLI would load it.
 
const factory = require("../../webpack.config.js") as ConfigFactory & {
  resolveBaseUrl: (value?: string) => string;
  rewriteUrls: (text: string, baseUrl: string) => string;
};

export const { resolveBaseUrl, rewriteUrls } = factory;

export async function buildInto(env: Record<string, unknown>, mode: "production" | "development", only?: (name: string) => boolean): Promise<string> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "mail-preflight-build-"));
  const configs = (await factory(env, { mode })).filter((config) => !only || only(config.name ?? ""));
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

/** Only the Send handler's configurations (launchevent*.js and commands*.html): a quicker build. */
export async function buildHandlersInto(env: Record<string, unknown>, mode: "production" | "development"): Promise<string> {
  return buildInto(env, mode, (name) => name.startsWith("launchevent"));
}
