import fs from "node:fs";
import path from "node:path";
import { checkFile, importCircles, importsOf, LAYERS, layerProblems, resolvedImports } from "./import-rules";

const SRC = path.resolve(__dirname, "../../src");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js|mjs)$/.test(entry.name) ? [full] : [];
  });
}

const rel = (file: string): string => path.relative(SRC, file).split(path.sep).join("/");
const withoutExtension = (file: string): string => file.replace(/\.(d\.ts|tsx?|m?js)$/, "").replace(/\/index$/, "");

describe("layers and circles", () => {
  const files = sourceFiles(SRC).map((file) => [rel(file), fs.readFileSync(file, "utf8")] as const);

  it("gives every room under src/ a layer", () => {
    const rooms = [...new Set(files.map(([file]) => file.split("/")[0]))].filter((room) => !room.includes("."));
    expect(rooms.filter((room) => LAYERS[room] === undefined)).toEqual([]);
  });

  it("has no import that goes sideways or up a layer", () => {
    expect(files.flatMap(([file, source]) => layerProblems(file, source))).toEqual([]);
  });

  it("has no import circle", () => {
    const graph = new Map(files.map(([file, source]) => [withoutExtension(file), resolvedImports(file, source).map(withoutExtension)] as const));
    expect(importCircles(graph)).toEqual([]);
  });

  it("would see a circle and an import up a layer", () => {
    expect(importCircles(new Map([["a", ["b"]], ["b", ["c"]], ["c", ["a"]]]))).toEqual([["a", "b", "c"]]);
    expect(layerProblems("engine/run.ts", `import { RULES } from "../rules";`)).toEqual(["engine/run.ts (engine, layer 0) imports rules (layer 2)"]);
    expect(layerProblems("text/body/html.ts", `import { x } from "../../archive/zip";`)).toHaveLength(1);
  });
});

describe("dependency direction", () => {
  it("holds for every file under src/", () => {
    const problems = sourceFiles(SRC).flatMap((file) =>
      checkFile(path.relative(SRC, file).split(path.sep).join("/"), fs.readFileSync(file, "utf8")),
    );
    expect(problems).toEqual([]);
  });

  it("reads every form of import", () => {
    expect(
      importsOf(`import a from "react";\nimport "./side";\nexport { b } from '../x';\nconst c = require("fs");\nconst d = import("node:path");`),
    ).toEqual(["react", "./side", "../x", "fs", "node:path"]);
  });

  it.each([
    ["engine/run.ts", `import React from "react";`, /imports "react"/],
    ["rules/x.ts", `import { readFileSync } from "fs";`, /imports "fs"/],
    ["text/x.ts", `import path from "node:path";`, /imports "node:path"/],
    ["archive/x.ts", `import { Button } from "@fluentui/react-components";`, /imports "@fluentui/],
    ["manual/x.ts", `import { readComposeSnapshot } from "../adapters/office/read";`, /imports the shell/],
    ["engine/x.ts", `export const w = window.innerWidth;`, /DOM or Node global/],
    ["rules/x.ts", `const size = Buffer.byteLength(s);`, /DOM or Node global/],
    ["taskpane/components/X.tsx", `Office.context.mailbox.item;`, /calls Office.js/],
    ["adapters/office/x.ts", `import type { LoadedPolicy } from "../../taskpane/x";`, /an adapter imports the program "taskpane"/],
    ["adapters/policy-source.ts", `import { x } from "../cli/io";`, /an adapter imports the program "cli"/],
    ["launchevent/x.ts", `import type { X } from "../taskpane/x";`, /"launchevent" imports the program "taskpane"/],
    ["cli/x.ts", `import { x } from "../launchevent/send-check";`, /"cli" imports the program "launchevent"/],
    ["engine/x.ts", `import type { LoadedPolicy } from "../ports/host";`, /imports the ports/],
    ["ports/x.ts", `import { x } from "../adapters/office/read";`, /imports the shell/],
  ])("rejects %s with %s", (file, source, problem) => {
    const problems = checkFile(file, source);
    expect(problems.join("\n")).toMatch(problem);
  });

  it("lets the preview host the other programs, and a program use its own files and the ports", () => {
    expect(checkFile("preview/index.ts", `import { x } from "../taskpane/App";\nimport { y } from "../launchevent/launchevent";`)).toEqual([]);
    expect(checkFile("taskpane/App.tsx", `import { x } from "./use-check";\nimport type { PaneHost } from "../ports/host";`)).toEqual([]);
    expect(checkFile("adapters/office/host.ts", `import type { PaneHost } from "../../ports/host";`)).toEqual([]);
  });

  it("allows the Office adapter and the boot files to use Office", () => {
    expect(checkFile("adapters/office/read.ts", "Office.context.mailbox.item;")).toEqual([]);
    expect(checkFile("taskpane/index.tsx", "Office.onReady(() => {});")).toEqual([]);
  });

  it("lets a text name the library Office.js without counting it as a call", () => {
    expect(checkFile("taskpane/strings.ts", `const s = "Office.js could not be loaded";`)).toEqual([]);
    expect(checkFile("taskpane/strings.ts", `const s = Office.jsonish;`).join("\n")).toMatch(/calls Office.js/);
  });
});
