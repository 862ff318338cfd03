/**
 * `--jobs`: checks run at once but results keep the input order, a failing or dying worker costs
 * one message, `--jobs 1` starts no workers, and progress shows on a terminal only.
 */
import path from "node:path";
import { runCli } from "../../src/cli/program";
import { startWorkers } from "../../src/cli/node-workers";
import { createProgress } from "../../src/cli/output-text";
import { inOrder } from "../../src/cli/pool";
import type { CheckItem, CheckTask } from "../../src/cli/check-task";
import type { FileResult } from "../../src/cli/results";
import { memoryIO } from "./memory-io";
import { CLEAN } from "./messages";

const FAKE_WORKER = path.join(__dirname, "fake-worker.cjs");

function task(name: string): CheckTask {
  return { name, kind: "eml", bytes: new TextEncoder().encode(name) };
}

async function* items(list: readonly CheckItem[]): AsyncGenerator<CheckItem> {
  for (const item of list) yield item;
}

async function collect(source: AsyncIterable<FileResult>): Promise<FileResult[]> {
  const out: FileResult[] = [];
  for await (const result of source) out.push(result);
  return out;
}

describe("inOrder", () => {
  it("yields results in input order whatever order they finish in, with at most `window` running", async () => {
    const delays = [30, 1, 20, 5, 0, 15, 2, 25];
    let running = 0;
    let most = 0;
    const run = async (t: CheckTask): Promise<FileResult> => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, delays[Number(t.name)]));
      running--;
      return { file: t.name, error: "done" };
    };
    const list: CheckItem[] = delays.map((_, i) => task(String(i)));
    list.splice(3, 0, { file: "unreadable", error: "cannot read" });
    const results = await collect(inOrder(items(list), run, 3));
    expect(results.map((r) => r.file)).toEqual(["0", "1", "2", "unreadable", "3", "4", "5", "6", "7"]);
    expect(most).toBe(3);
  });

  it("writes a result as soon as it and all earlier ones are ready, not when the window fills", async () => {
    const seen: string[] = [];
    const gate: { open?: () => void } = {};
    async function* slowSource(): AsyncGenerator<CheckItem> {
      yield task("first");
      // The reader waits here (a slow disk) until the first result has been written.
      await new Promise<void>((resolve) => (gate.open = resolve));
      yield task("second");
    }
    const run = async (t: CheckTask): Promise<FileResult> => ({ file: t.name, error: "done" });
    for await (const result of inOrder(slowSource(), run, 8)) {
      seen.push(result.file);
      if (result.file === "first") gate.open?.();
    }
    expect(seen).toEqual(["first", "second"]);
  });

  it("starts no message while `maxBytes` of messages are in flight", async () => {
    let running = 0;
    const seen: number[] = [];
    const run = async (t: CheckTask): Promise<FileResult> => {
      running++;
      seen.push(running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
      return { file: t.name, error: "done" };
    };
    const sized = (name: string, size: number): CheckTask => ({ name, kind: "eml", bytes: new Uint8Array(size) });
    const list = [sized("a", 100), sized("b", 100), sized("c", 100), sized("huge", 1000), sized("d", 10)];
    const results = await collect(inOrder(items(list), run, 10, 150));
    expect(results.map((r) => r.file)).toEqual(["a", "b", "c", "huge", "d"]);
    // Two of 100 bytes reach the 150-byte bound; with "huge" in flight, "d" waits until it is done.
    expect(Math.max(...seen)).toBe(2);
    expect(seen[4]).toBe(1);
  });

  it("makes a rejected check that item's error", async () => {
    const run = async (t: CheckTask): Promise<FileResult> => {
      if (t.name === "b") throw new Error("worker died");
      return { file: t.name, error: "done" };
    };
    const results = await collect(inOrder(items([task("a"), task("b"), task("c")]), run, 2));
    expect(results).toEqual([
      { file: "a", error: "done" },
      { file: "b", error: "could not be checked: worker died" },
      { file: "c", error: "done" },
    ]);
  });
});

describe("check --jobs", () => {
  const files = {
    "m/1-slow80.eml": CLEAN,
    "m/2.eml": CLEAN,
    "m/3-throw.eml": CLEAN,
    "m/4-exit.eml": CLEAN,
    "m/5-slow20.eml": CLEAN,
    "m/6.eml": CLEAN,
  };

  it("runs the checks in real worker threads and keeps the input order; a throwing or dying worker costs one message", async () => {
    const started: number[] = [];
    const io = {
      ...memoryIO(files),
      startWorkers: (count: number, setup: Parameters<typeof startWorkers>[1]) => {
        started.push(count);
        return startWorkers(count, setup, FAKE_WORKER);
      },
    };
    const code = await runCli(["check", "--format", "jsonl", "--jobs", "3", "m"], io);
    expect(code).toBe(2);
    expect(started).toEqual([3]);
    const lines = io.out().trimEnd().split("\n").map((line) => JSON.parse(line) as { file?: string; error?: string });
    expect(lines.map((l) => l.file)).toEqual([...Object.keys(files), undefined]);
    expect(lines[0].error).toBe(`worker saw ${CLEAN.length} bytes with policy object`);
    expect(lines[2].error).toBe("could not be checked: the parser failed");
    expect(lines[3].error).toMatch(/^could not be checked: /);
    expect(lines[5].error).toMatch(/^worker saw /); // the pool went on after a thread died
  }, 30_000);

  it("keeps the order of the messages inside an .mbox", async () => {
    const message = (subject: string): string => `From a@b Mon Jan  1 00:00:00 2024\r\n${CLEAN.replace(/^Subject: .*$/m, `Subject: ${subject}`)}\r\n`;
    const box = [message("slow120"), message("fast"), message("slow40"), message("fast")].join("");
    const io = { ...memoryIO({ "a.mbox": box, "z.eml": CLEAN }), startWorkers: (count: number, setup: Parameters<typeof startWorkers>[1]) => startWorkers(count, setup, FAKE_WORKER) };
    await runCli(["check", "--format", "jsonl", "--jobs", "2", "a.mbox", "z.eml"], io);
    const files = io.out().trimEnd().split("\n").map((line) => (JSON.parse(line) as { file?: string }).file);
    expect(files).toEqual(["a.mbox#1", "a.mbox#2", "a.mbox#3", "a.mbox#4", "z.eml", undefined]);
  }, 30_000);

  it("never starts workers with --jobs 1, nor for a single message", async () => {
    const io = { ...memoryIO(files), startWorkers: () => { throw new Error("workers started"); } };
    expect(await runCli(["check", "--format", "jsonl", "--jobs", "1", "m"], io)).toBe(0);
    expect(io.out().trimEnd().split("\n")).toHaveLength(7);
    const one = { ...memoryIO({ "a.eml": CLEAN }), cores: 8, startWorkers: () => { throw new Error("workers started"); } };
    expect(await runCli(["check", "a.eml"], one)).toBe(0);
  });

  it("refuses a --jobs that is not a whole number from 1", async () => {
    for (const bad of ["0", "-2", "1.5", "many"]) {
      const io = memoryIO({ "a.eml": CLEAN });
      expect(await runCli(["check", "--jobs", bad, "a.eml"], io)).toBe(2);
      expect(io.err()).toContain("--jobs");
    }
  });
});

describe("progress", () => {
  it("counts without a total inside containers and adds messages/s once a second has passed", () => {
    let written = "";
    let clock = 0;
    const io = { ...memoryIO({}), stderr: (t: string) => void (written += t) };
    const progress = createProgress(io, undefined, () => clock);
    progress.update(1, "a.mbox#1");
    expect(written).toBe("\r[1] a.mbox#1");
    clock = 50;
    progress.update(2, "a.mbox#2"); // within 100 ms of the last drawing: skipped
    expect(written).not.toContain("a.mbox#2");
    clock = 2000;
    progress.update(3000, "a.mbox#3000");
    expect(written).toContain("[3000] a.mbox#3000  1500 msg/s");
  });

  it("shows on a terminal's stderr for an .mbox, never in a pipe", async () => {
    const box = `From a@b Mon Jan  1 00:00:00 2024\r\n${CLEAN}\r\n`;
    const tty = memoryIO({ "a.mbox": box }, { stderrTTY: true });
    await runCli(["check", "--format", "jsonl", "a.mbox"], tty);
    expect(tty.err()).toContain("[1] a.mbox#1");
    const piped = memoryIO({ "a.mbox": box });
    await runCli(["check", "--format", "jsonl", "a.mbox"], piped);
    expect(piped.err()).toBe("");
  });
});
