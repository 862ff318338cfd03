/**
 * The dependency direction of DESIGN.md §1, checked from source text so it also holds for code
 * the linter is not run on: pure folders import nothing from Office, React, the DOM, Node or the
 * shells, and only the Office adapter (plus the boot files and the simulator) touch `Office`.
 */
import { builtinModules } from "node:module";
import path from "node:path";

export const PURE_DIRS = ["engine", "rules", "text", "archive", "manual", "check", "ports"];
/** The ports sit above the rest of the pure code: the engine never needs a host. */
const BELOW_PORTS = ["engine", "rules", "text", "archive", "manual", "check"];
const SHELL_DIRS = ["adapters", "taskpane", "launchevent", "preview", "cli"];
/** The programs (entry points); the preview hosts the others, so it alone may import them. */
const PROGRAMS = ["taskpane", "launchevent", "cli", "preview"];
const FORBIDDEN_PACKAGES = [/^react(-dom)?(\/|$)/, /^@fluentui\//, /^office-/, /^@microsoft\//, /^node:/];
const NODE_BUILTINS = new Set(builtinModules);
/** Files allowed to use the `Office` global besides src/adapters/office. */
export const OFFICE_BOOT_FILES = ["taskpane/index.tsx", "launchevent/launchevent.ts"];

export function importsOf(source: string): string[] {
  const found: string[] = [];
  const pattern = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|(?:^|[\s;])import\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)|\brequire\(\s*["']([^"']+)["']\s*\)/g;
  for (const m of source.matchAll(pattern)) found.push(m[1] ?? m[2] ?? m[3] ?? m[4]);
  return found;
}

/** Problems for one file, given its path relative to src/ and its text. */
export function checkFile(relPath: string, source: string): string[] {
  const problems: string[] = [];
  const top = relPath.split("/")[0];
  if (PURE_DIRS.includes(top)) {
    for (const spec of importsOf(source)) {
      const bare = spec.split("/")[0];
      if (FORBIDDEN_PACKAGES.some((re) => re.test(spec)) || NODE_BUILTINS.has(bare) || NODE_BUILTINS.has(spec)) {
        problems.push(`${relPath} imports "${spec}", which pure code must not use`);
      }
      if (spec.startsWith(".")) {
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(relPath), spec)).split("/")[0];
        if (SHELL_DIRS.includes(target)) problems.push(`${relPath} imports the shell "${spec}"`);
      }
    }
    if (/\b(window|document|localStorage|navigator|process|Buffer)\s*[.[]/.test(stripComments(source))) {
      problems.push(`${relPath} uses a DOM or Node global`);
    }
  }
  for (const target of relativeTargets(relPath, source)) {
    if (BELOW_PORTS.includes(top) && target === "ports") problems.push(`${relPath} imports the ports, which sit above it`);
    if (top === "adapters" && PROGRAMS.includes(target)) problems.push(`${relPath}: an adapter imports the program "${target}"`);
    if (PROGRAMS.includes(top) && top !== "preview" && PROGRAMS.includes(target) && target !== top) {
      problems.push(`${relPath}: the program "${top}" imports the program "${target}"`);
    }
  }
  const mayUseOffice = relPath.startsWith("adapters/office/") || relPath.startsWith("preview/") || OFFICE_BOOT_FILES.includes(relPath);
  // "Office.js" is the library's name (the pane's texts say it), not a call into it.
  if (!mayUseOffice && /\bOffice\s*\.(?!js\b)/.test(stripComments(source))) {
    problems.push(`${relPath} calls Office.js; only src/adapters/office may`);
  }
  return problems;
}

/** The top folder under src/ of each relative import. */
function relativeTargets(relPath: string, source: string): string[] {
  return importsOf(source)
    .filter((spec) => spec.startsWith("."))
    .map((spec) => path.posix.normalize(path.posix.join(path.posix.dirname(relPath), spec)).split("/")[0]);
}

function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'])\/\/.*$/gm, "$1");
}

/**
 * The layers of docs/architecture.md, lowest first: an import may stay in its own room or go to
 * a room on a lower layer, never sideways or up. The preview hosts the other programs.
 */
export const LAYERS: Readonly<Record<string, number>> = {
  engine: 0,
  text: 1,
  archive: 1,
  manual: 1,
  rules: 2,
  ports: 2,
  adapters: 3,
  check: 3,
  taskpane: 4,
  launchevent: 4,
  cli: 4,
  preview: 5,
};

/** The room of a path under src/ ("text/body/html.ts" → "text"). */
export function roomOf(relPath: string): string {
  return relPath.split("/")[0];
}

/** Each relative import of `relPath`, resolved to a path under src/ (without extension). */
export function resolvedImports(relPath: string, source: string): string[] {
  return importsOf(source)
    .filter((spec) => spec.startsWith("."))
    .map((spec) => path.posix.normalize(path.posix.join(path.posix.dirname(relPath), spec)));
}

/** Imports that go sideways or up a layer. */
export function layerProblems(relPath: string, source: string): string[] {
  const from = roomOf(relPath);
  return resolvedImports(relPath, source)
    .map(roomOf)
    .filter((to) => to !== from && LAYERS[to] !== undefined && LAYERS[from] !== undefined && LAYERS[to] >= LAYERS[from])
    .map((to) => `${relPath} (${from}, layer ${LAYERS[from]}) imports ${to} (layer ${LAYERS[to]})`);
}

/** The import circles among files, each as a list of files (empty when there are none). */
export function importCircles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const circles: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === "open") circles.push(stack.slice(stack.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return circles;
}
