/**
 * Runs every `$ npx mail-preflight …` line of the README's Command line section in-process and
 * compares what it prints and its exit code (`$ echo $?`) with what the README shows. Text output
 * must contain the README's lines in order (a line "…" stands for lines the README leaves out);
 * JSON output must match the README's JSON where it has fields (a README example may leave fields
 * out, never show wrong ones); JSON Lines the same, line by line. An example with `--jobs` runs
 * in real worker threads (compiled from the sources as they load: seconds).
 */
import fs from "node:fs";
import path from "node:path";
import { nodeIO } from "../../src/cli/node-io";
import { SOURCE_WORKER, startWorkers } from "../../src/cli/node-workers";
import type { WorkerSetup } from "../../src/cli/pool";
import { runCli } from "../../src/cli/program";

const ROOT = path.resolve(__dirname, "../..");

interface Example {
  readonly args: string[];
  readonly expected: string[];
  exitCode?: number;
}

function readmeExamples(): Example[] {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Command line"), readme.indexOf("\n## ", readme.indexOf("## Command line") + 3));
  const examples: Example[] = [];
  for (const block of section.matchAll(/```console\n([\s\S]*?)```/g)) {
    let current: Example | undefined;
    let expectExit = false;
    for (const line of block[1].replace(/\n$/, "").split("\n")) {
      if (line.startsWith("$ npx mail-preflight ")) {
        current = { args: line.slice("$ npx mail-preflight ".length).split(/\s+/), expected: [] };
        examples.push(current);
      } else if (line === "$ echo $?") {
        expectExit = true;
      } else if (expectExit && current) {
        current.exitCode = Number(line);
        expectExit = false;
      } else if (current && line !== "…") {
        current.expected.push(line);
      }
    }
  }
  return examples;
}

async function run(args: string[]): Promise<{ code: number; output: string }> {
  let output = "";
  let workers = 0;
  const threads = args.includes("--jobs") ? { startWorkers: (count: number, setup: WorkerSetup) => ((workers = count), startWorkers(count, setup, SOURCE_WORKER)) } : {};
  const io = { ...nodeIO(), stdout: (t: string) => void (output += t), stderr: (t: string) => void (output += t), isTTY: { stdout: false, stderr: false }, env: {}, ...threads };
  const code = await runCli(args, io);
  if (args.includes("--jobs")) expect(workers).toBe(Number(args[args.indexOf("--jobs") + 1]));
  return { code, output };
}

/** The README's lines, each found after the previous one. */
function missingLines(output: string, expected: readonly string[]): string[] {
  const lines = output.split("\n");
  let at = 0;
  const missing: string[] = [];
  for (const want of expected) {
    const found = lines.indexOf(want, at);
    if (found < 0) missing.push(want);
    else at = found + 1;
  }
  return missing;
}

const examples = readmeExamples();
const cwd = process.cwd();
beforeAll(() => process.chdir(ROOT));
afterAll(() => process.chdir(cwd));

it("finds the README's examples, the JSON contract among them", () => {
  expect(examples.length).toBeGreaterThanOrEqual(6);
  expect(examples.some((e) => e.args.includes("json"))).toBe(true);
});

/** `report --out FILE`: the file it writes (beside the README; removed after the test). */
function outFile(args: readonly string[]): string | undefined {
  const at = args.indexOf("--out");
  return at < 0 ? undefined : path.join(ROOT, args[at + 1]);
}

afterAll(() => {
  for (const example of examples) {
    const out = outFile(example.args);
    if (out !== undefined) fs.rmSync(out, { force: true });
  }
});

it("executes the examples of every input kind and of --jobs", () => {
  const lines = examples.map((e) => e.args.join(" "));
  for (const input of [".mbox", "msg-samples", ".pst", "--jobs 2"]) expect(lines.some((l) => l.includes(input))).toBe(true);
});

it.each(examples.map((e) => [e.args.join(" "), e] as const))("mail-preflight %s", async (_, example) => {
  const out = outFile(example.args);
  if (out !== undefined) fs.rmSync(out, { force: true });
  const { code, output } = await run(example.args);
  // A command that writes a file must have written it (a report page, not an empty one).
  if (out !== undefined) expect(fs.readFileSync(out, "utf8")).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>\n$/);
  if (example.exitCode !== undefined) expect(code).toBe(example.exitCode);
  const expectedText = example.expected.join("\n");
  if (example.args.includes("jsonl")) {
    // JSON Lines: one value per line, each matching the README's line where it has fields.
    const got = output.trimEnd().split("\n").map((line) => JSON.parse(line) as unknown);
    expect(got).toMatchObject(example.expected.map((line) => JSON.parse(line) as unknown));
  } else if (expectedText.startsWith("{")) {
    expect(JSON.parse(output)).toMatchObject(JSON.parse(expectedText));
  } else {
    expect(missingLines(output, example.expected)).toEqual([]);
  }
}, 120_000);
