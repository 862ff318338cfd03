/**
 * The production build as an admin runs it: every page and file the manifest needs, all URLs
 * rewritten, and the Smart Alerts handler small, self-contained and parseable as ES2016.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import * as acorn from "acorn";
import os from "node:os";
import { strToU8, unzipSync } from "fflate";
import { buildArchive } from "../archive/build-archives";
import { exampleEml } from "../helpers/rule-examples";
import { buildInto } from "./build-helpers";
import { RULES } from "../../src/rules";
import { schemaErrors, validateLocalization, validateManifest } from "../manifest/unified-helpers";

const BASE = "https://mail-preflight.example.com/";
let out = "";

beforeAll(async () => {
  out = await buildInto({ baseUrl: BASE }, "production");
}, 240_000);

afterAll(() => {
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

const read = (name: string): string => fs.readFileSync(path.join(out, name), "utf8");
const gzipSize = (name: string): number => zlib.gzipSync(fs.readFileSync(path.join(out, name)), { level: 9 }).length;

describe("npm run build", () => {
  it.each([
    "taskpane.html",
    "taskpane.js",
    "commands.html",
    "commands.zh-CN.html",
    "commands.zh-TW.html",
    "launchevent.js",
    "launchevent.zh-CN.js",
    "launchevent.zh-TW.js",
    "preview.html",
    "preview-taskpane.html",
    "manifest.xml",
    "policy.schema.json",
    "rules.generated.json", // the schema's rules section, which policy.schema.json $refs
    "manifest.json",
    "zh-CN.json",
    "zh-TW.json",
    "mail-preflight-app.zip",
    ".well-known/microsoft-officeaddins-allowed.json",
    "assets/icon-16.png",
    "assets/icon-32.png",
    "assets/icon-80.png",
    "assets/icon-64.png",
    "assets/icon-128.png",
  ])("emits %s", (name) => {
    expect(fs.existsSync(path.join(out, name))).toBe(true);
  });

  it("rewrites the manifest to the production URL", () => {
    const manifest = read("manifest.xml");
    expect(manifest).not.toContain("localhost");
    expect(manifest).toContain(`${BASE}taskpane.html`);
    expect(manifest).toContain(`${BASE}launchevent.js`);
  });

  it("rewrites manifest.json and its localization files to the production URL", () => {
    for (const name of ["manifest.json", "zh-CN.json", "zh-SG.json", "zh-TW.json", "zh-HK.json", "zh-MO.json"]) {
      expect([name, read(name).includes("localhost")]).toEqual([name, false]);
    }
    expect(JSON.parse(read("manifest.json")).extensions[0].runtimes[1].code.script).toBe(`${BASE}launchevent.js`);
    expect(JSON.parse(read("zh-HK.json"))["extensions[0].runtimes[1].code.script"]).toBe(`${BASE}launchevent.zh-TW.js`);
  });

  it("writes a manifest.json and localization files that pass Microsoft's schema", () => {
    expect(schemaErrors(validateManifest, JSON.parse(read("manifest.json")))).toEqual([]);
    for (const name of ["zh-CN.json", "zh-SG.json", "zh-TW.json", "zh-HK.json", "zh-MO.json"]) {
      expect([name, schemaErrors(validateLocalization, JSON.parse(read(name)))]).toEqual([name, []]);
    }
  });

  it("gives both manifests the policy's send mode", () => {
    const mode = JSON.parse(fs.readFileSync(path.join(__dirname, "../../policy/policy.effective.json"), "utf8")).policy.enforcement.sendMode;
    expect(read("manifest.xml")).toContain(`SendMode="${mode}"`);
    expect(JSON.parse(read("manifest.json")).extensions[0].autoRunEvents[0].events[0].options.sendMode).toBe(mode[0].toLowerCase() + mode.slice(1));
  });

  it("packages manifest.json, its localization files and the two icons at the zip's root", () => {
    const entries = unzipSync(fs.readFileSync(path.join(out, "mail-preflight-app.zip")));
    expect(Object.keys(entries).sort()).toEqual(["color-192.png", "manifest.json", "outline-32.png", "zh-CN.json", "zh-HK.json", "zh-MO.json", "zh-SG.json", "zh-TW.json"]);
    expect(Buffer.from(entries["manifest.json"]).toString("utf8")).toBe(read("manifest.json"));
    expect(Buffer.from(entries["zh-TW.json"]).toString("utf8")).toBe(read("zh-TW.json"));
  });

  it("lists the three handler files in .well-known/microsoft-officeaddins-allowed.json", () => {
    expect(JSON.parse(read(".well-known/microsoft-officeaddins-allowed.json"))).toEqual({
      allowed: [`${BASE}launchevent.js`, `${BASE}launchevent.zh-CN.js`, `${BASE}launchevent.zh-TW.js`],
    });
  });

  it("emits every file manifest.json and its localization files point at", () => {
    const text = ["manifest.json", "zh-CN.json", "zh-TW.json"].map(read).join("\n");
    const urls = [...text.matchAll(/"(https:\/\/[^"]+)"/g)].map((m) => m[1].replace(/#.*$/, "")).filter((u) => u.startsWith(BASE));
    expect(urls.length).toBeGreaterThan(15);
    for (const url of urls) expect([url, fs.existsSync(path.join(out, url.slice(BASE.length)))]).toEqual([url, true]);
  });

  it("leaves no dev URL in any emitted page or script", () => {
    for (const name of ["taskpane.html", "commands.html", "taskpane.js", "launchevent.js"]) {
      expect(read(name)).not.toContain("https://localhost:3000/");
    }
  });

  it("loads office.js from Microsoft's CDN in the Outlook pages, and never in the preview", () => {
    expect(read("taskpane.html")).toContain("appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(read("commands.html")).toContain("appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(read("preview-taskpane.html")).not.toContain("appsforoffice");
    expect(read("preview.html")).not.toContain("appsforoffice");
  });

  it.each(["taskpane.html", "preview.html", "preview-taskpane.html"])("gives %s a Content-Security-Policy that allows no inline or eval'd script", (page) => {
    const csp = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/i.exec(read(page))?.[1] ?? "";
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? "";
    expect(scriptSrc).toContain("'self'");
    // 'wasm-unsafe-eval' lets the pane compile 7-Zip's WebAssembly; it allows no eval of JavaScript.
    expect(scriptSrc).toContain("'wasm-unsafe-eval'");
    expect(scriptSrc.replace("'wasm-unsafe-eval'", "")).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).toMatch(/connect-src 'self'/); // the policy fetch is the only request, to our own origin
  });

  const HANDLERS = [
    { file: "launchevent.js", page: "commands.html", own: "Please fix these before sending", others: ["发送前请先处理", "傳送前請先處理"] },
    { file: "launchevent.zh-CN.js", page: "commands.zh-CN.html", own: "发送前请先处理", others: ["Please fix these before sending", "傳送前請先處理"] },
    { file: "launchevent.zh-TW.js", page: "commands.zh-TW.html", own: "傳送前請先處理", others: ["Please fix these before sending", "发送前请先处理"] },
  ];

  it.each(HANDLERS)("builds $file as one ES2016 file with no React", ({ file }) => {
    const code = read(file);
    expect(() => acorn.parse(code, { ecmaVersion: 2016, sourceType: "script" })).not.toThrow();
    expect(code).not.toMatch(/react\.production|__SECRET_INTERNALS|react-dom/);
    expect(code).toContain("onMessageSendHandler");
  });

  // Library calls and web APIs newer than ES2016 that the handler's code paths could reach. Babel
  // transpiles syntax only, and classic Outlook's JS-only runtime lacks these (a ReferenceError
  // there used to fail the check open at the deadline). test/launchevent/sandbox.test.ts runs
  // the files where they are missing; this catches a regression before that.
  const NEWER_APIS = [
    ".allSettled(", ".flatMap(", ".flat(", ".matchAll(", ".fromEntries(", ".replaceAll(", ".padStart(", ".padEnd(", "structuredClone(",
    "globalThis", "new URL(", "URLSearchParams", "Object.values(", "Object.entries(", "getOwnPropertyDescriptors", ".finally(", ".trimStart(",
    ".trimEnd(", "TextEncoder", "TextDecoder", "AbortController", "queueMicrotask", "Promise.any(", ".findLast(", "WeakRef", "BigInt",
  ];

  it.each(HANDLERS)("calls none of the newer library functions older runtimes lack, in $file", ({ file }) => {
    const code = read(file);
    expect(NEWER_APIS.filter((api) => code.includes(api))).toEqual([]);
    // Babel's preset-env adds no polyfills (no useBuiltIns): nothing may pull core-js in either.
    expect(code).not.toMatch(/core-js|regeneratorRuntime/);
  });

  /**
   * Microsoft's troubleshooting page says the conditional operator keeps the handler from loading
   * in classic Outlook before Version 2403. The build writes every one as a call to
   * src/launchevent/choose.ts (webpack.config.js, noConditionalOperator) and the minifier writes
   * none of its own: the handler files have none at all.
   */
  const conditionals = (code: string, ecmaVersion: 2016 | "latest" = 2016): number => {
    let count = 0;
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(visit);
      if (!node || typeof (node as { type?: unknown }).type !== "string") return;
      if ((node as { type: string }).type === "ConditionalExpression") count += 1;
      for (const value of Object.values(node)) if (value && typeof value === "object") visit(value);
    };
    visit(acorn.parse(code, { ecmaVersion, sourceType: "script" }));
    return count;
  };

  it.each(HANDLERS)("has no conditional operator in $file", ({ file }) => {
    expect(conditionals(read(file))).toBe(0);
  });

  it("would count one, as the pane's own code has many", () => {
    expect(conditionals("var a = b ? c : d;")).toBe(1);
    expect(conditionals(read("taskpane.js"), "latest")).toBeGreaterThan(10);
  });

  it("emits no chunk files: the JS-only runtime cannot load them", () => {
    const handlerFiles = HANDLERS.map((h) => h.file);
    const scripts = fs.readdirSync(out).filter((f) => /^\d+\.js$|^launchevent\..+\.js$/.test(f));
    expect(scripts.filter((f) => !handlerFiles.includes(f))).toEqual([]);
  });

  it("leaves rule descriptions out of the handler, which never shows them", () => {
    expect(read("launchevent.js")).not.toContain("A recipient address is not a valid mail address");
    expect(read("launchevent.zh-CN.js")).not.toContain("收件人地址格式不正确");
  });

  it.each(HANDLERS)("carries in $file exactly the rules whose meta needs nothing the handler lacks", ({ file }) => {
    const code = read(file);
    const carried = RULES.filter((rule) => code.includes(`"${rule.meta.id}"`)).map((rule) => rule.meta.id);
    expect(carried).toEqual(RULES.filter((rule) => !rule.meta.needs?.length).map((rule) => rule.meta.id));
    for (const rule of RULES) expect(read("cli.js")).toContain(`"${rule.meta.id}"`);
  });

  it("leaves out the rules that need archive listings, DNS answers or a large table", () => {
    const code = read("launchevent.js");
    expect(code).not.toContain("a typical zip bomb"); // attachment-archive-blocked-content
    expect(code).not.toContain("password-protected"); // attachment-archive-encrypted
    expect(code).not.toContain("are not the letters they seem to be"); // recipient-domain-lookalike
    expect(code).toContain("not-in-send-handler");
    expect(read("cli.js")).toContain("a typical zip bomb");
    expect(read("cli.js")).toContain("are not the letters they seem to be");
  });

  it.each(HANDLERS)("keeps only its own language in $file", ({ file, own, others }) => {
    const code = read(file);
    expect(code).toContain(own);
    for (const other of others) expect(code).not.toContain(other);
  });

  it.each(HANDLERS)("loads $file from $page", ({ file, page }) => {
    // The production page is minified: attribute quotes may be dropped.
    expect(read(page)).toMatch(new RegExp(`src="?${file.replace(/\./g, "\\.")}[" >]`));
  });

  it.each(HANDLERS)("keeps $file under 40 KB gzip", ({ file }) => {
    expect(gzipSize(file)).toBeLessThanOrEqual(40 * 1024);
  });

  it("keeps the task pane's initial JavaScript (what taskpane.html loads) within 110 KB gzip", () => {
    // Minified pages may drop attribute quotes: take src up to a quote, space or ">".
    const scripts = [...read("taskpane.html").matchAll(/<script[^>]*\ssrc="?([^" >]+)/g)].map((m) => m[1]);
    const local = scripts.filter((src) => !/^https?:\/\//.test(src) || src.startsWith(BASE)).map((src) => src.replace(BASE, "").replace(/^\//, ""));
    expect(local).toContain("taskpane.js");
    const total = local.reduce((sum, name) => sum + gzipSize(name), 0);
    expect(total).toBeLessThanOrEqual(110 * 1024);
  });

  it("names the pane's lazily loaded parts pane.*.js and loads none of them from the page", () => {
    const chunks = fs.readdirSync(out).filter((f) => /^pane\..+\.js$/.test(f));
    expect(chunks).toEqual(expect.arrayContaining(["pane.engine.js", "pane.help.js", "pane.policy.js", "pane.nav.js", "pane.zip.js"]));
    for (const chunk of chunks) expect(read("taskpane.html")).not.toContain(chunk);
  });

  it("keeps the zip reader out of the pane's initial JavaScript: most messages have no archive", () => {
    // A message of the zip reader's own (src/archive/zip.ts), which minification keeps.
    const marker = "no end of central directory record";
    expect(read("pane.zip.js")).toContain(marker);
    expect(read("taskpane.js")).not.toContain(marker);
  });

  it("loads 7-Zip (its code and its .wasm, from the add-in's own files) only from a lazy chunk", () => {
    const wasm = fs.readdirSync(out).filter((f) => f.endsWith(".wasm"));
    expect(wasm).toHaveLength(1);
    expect(fs.statSync(path.join(out, wasm[0])).size).toBeGreaterThan(1024 * 1024);
    const chunks = fs.readdirSync(out).filter((f) => /^pane\..+\.js$/.test(f));
    expect(chunks).toContain("pane.archive.js");
    // webpack writes the .wasm's name, relative to the script's own URL, into the chunk that loads it.
    expect(chunks.filter((c) => read(c).includes(wasm[0]))).toHaveLength(1);
    expect(read("taskpane.js")).not.toContain(wasm[0]);
    expect(read("taskpane.js")).not.toContain("7-Zip");
    expect(read("pane.zip.js")).not.toContain(wasm[0]);
  });

  it("builds a CLI that finds its .wasm next to it and lists a 7z with it", async () => {
    // A copy of dist/ alone, elsewhere, run from another folder: nothing from node_modules.
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), "mp-cli-"));
    try {
      for (const file of fs.readdirSync(out).filter((f) => f === "cli.js" || f.endsWith(".wasm"))) fs.copyFileSync(path.join(out, file), path.join(copy, file));
      const sevenZip = await buildArchive("7z", { "bin/setup.exe": strToU8("MZ harmless") });
      fs.writeFileSync(path.join(copy, "m.eml"), exampleEml({ attachments: [{ name: "tools.7z", bytes: sevenZip }] }));
      const run = spawnSync(process.execPath, [path.join(copy, "cli.js"), "check", "--format", "json", "m.eml"], { cwd: copy, encoding: "utf8", env: { PATH: process.env.PATH } });
      expect(run.status).toBe(1);
      const result = JSON.parse(run.stdout).results[0];
      expect(result.findings.map((f: { ruleId: string }) => f.ruleId)).toContain("attachment-archive-blocked-content");
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });

  it("emits every file the manifest points at", () => {
    const urls = [...read("manifest.xml").matchAll(/"(https:\/\/[^"]+)"/g)].map((m) => m[1].replace(/#.*$/, "")).filter((u) => u.startsWith(BASE));
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(fs.existsSync(path.join(out, url.slice(BASE.length)))).toBe(true);
  });

  it("builds a CLI that runs on its own with Node", () => {
    const cli = path.join(out, "cli.js");
    const fixture = path.join(__dirname, "../fixtures/eml/setup-exe.eml");
    const run = spawnSync(process.execPath, [cli, "check", "--format", "json", fixture], { encoding: "utf8", env: { PATH: process.env.PATH } });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).results[0]).toMatchObject({ verdict: "block" });
    expect(read("cli.js").startsWith("#!/usr/bin/env node")).toBe(true);
  });

  it("builds the --jobs worker beside the CLI: worker threads give the same results, in the same order", () => {
    expect(fs.existsSync(path.join(out, "check-worker.js"))).toBe(true);
    const inputs = [path.join(__dirname, "../fixtures/eml"), path.join(__dirname, "../../node_modules/pst-extractor/example/testdata/enron.pst")];
    const check = (jobs: string) =>
      spawnSync(process.execPath, [path.join(out, "cli.js"), "check", "--format", "jsonl", "--jobs", jobs, ...inputs], { encoding: "utf8", env: { PATH: process.env.PATH }, timeout: 120_000 });
    const one = check("1");
    const three = check("3");
    expect(three.stderr).toBe("");
    expect(three.status).toBe(one.status);
    expect(three.stdout.split("\n").length).toBeGreaterThan(80);
    expect(three.stdout).toBe(one.stdout);
  });

  it("shows that the ES2016 check would catch newer syntax", () => {
    expect(() => acorn.parse("const a = {...b};", { ecmaVersion: 2016 })).toThrow();
    expect(() => acorn.parse("async function f() {}", { ecmaVersion: 2016 })).toThrow();
  });
});
