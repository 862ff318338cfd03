import { runCli } from "../../src/cli/program";
import { memoryIO } from "./memory-io";
import { CLEAN, NO_SUBJECT, WITH_EXE } from "./messages";

function lines(text: string): Record<string, unknown>[] {
  expect(text.endsWith("\n")).toBe(true);
  return text
    .slice(0, -1)
    .split("\n")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe("mail-preflight check --format jsonl", () => {
  it("writes one result per line, in input order, then a summary line", async () => {
    const io = memoryIO({ "m/a.eml": WITH_EXE, "m/b.eml": NO_SUBJECT, "m/c.eml": CLEAN, "m/d.eml": "" });
    expect(await runCli(["check", "--format", "jsonl", "--locale", "en-US", "m"], io)).toBe(2);
    const out = lines(io.out());
    expect(out.map((line) => line.file ?? "summary")).toEqual(["m/a.eml", "m/b.eml", "m/c.eml", "m/d.eml", "summary"]);
    expect(out.map((line) => line.verdict ?? line.error ?? null)).toEqual(["block", "warn", "pass", "empty file", null]);
    expect(out[4]).toEqual({ summary: { files: 4, block: 1, warn: 1, pass: 1, errors: 1 } });
  });

  it("gives each line exactly the fields of the JSON document's results[] entry", async () => {
    const files = { "a.eml": WITH_EXE, "b.eml": CLEAN, "bad.eml": "" };
    const paths = ["a.eml", "b.eml", "bad.eml", "missing.eml"];
    const json = memoryIO(files);
    const jsonl = memoryIO(files);
    expect(await runCli(["check", "--format", "json", ...paths], json)).toBe(2);
    expect(await runCli(["check", "--format", "jsonl", ...paths], jsonl)).toBe(2);
    const document = JSON.parse(json.out()) as { results: unknown[]; summary: unknown };
    const out = lines(jsonl.out());
    expect(out.slice(0, -1)).toEqual(document.results);
    expect(out[out.length - 1]).toEqual({ summary: document.summary });
  });

  it("writes each result before files far later in the input are read", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 10; i++) files[`m/${i}.eml`] = CLEAN;
    const io = memoryIO(files);
    const linesAtRead: number[] = [];
    const readFile = io.readFile.bind(io);
    io.readFile = async (path) => {
      linesAtRead.push(io.out().split("\n").length - 1);
      return readFile(path);
    };
    expect(await runCli(["check", "--format", "jsonl", "m"], io)).toBe(0);
    // Files are read at most a few ahead, so by the last read most results are already out.
    expect(linesAtRead).toHaveLength(10);
    expect(linesAtRead[9]).toBeGreaterThanOrEqual(5);
    expect(lines(io.out())).toHaveLength(11);
  });

  it("keeps one JSON value per line when a file name carries a line break", async () => {
    const io = memoryIO({ "m/evil\n{\"summary\":1}.eml": CLEAN });
    expect(await runCli(["check", "--format", "jsonl", "m"], io)).toBe(0);
    const out = lines(io.out());
    expect(out).toHaveLength(2);
    expect(out[0].file).toBe("m/evil\n{\"summary\":1}.eml");
  });

  it("exits as documented: 1 for a block, 0 for a pass", async () => {
    expect(await runCli(["check", "--format", "jsonl", "a.eml"], memoryIO({ "a.eml": WITH_EXE }))).toBe(1);
    expect(await runCli(["check", "--format", "jsonl", "a.eml"], memoryIO({ "a.eml": CLEAN }))).toBe(0);
  });

  it("is refused for the rules command, which has no per-file results", async () => {
    const io = memoryIO({});
    expect(await runCli(["rules", "--format", "jsonl"], io)).toBe(2);
    expect(io.err()).toContain("jsonl");
  });
});
