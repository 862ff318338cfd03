import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { nodeIO } from "../../src/cli/node-io";
import { runCli } from "../../src/cli/program";
import { runCheck } from "../../src/cli/check";
import { memoryIO } from "./memory-io";
import { CLEAN, NO_SUBJECT, NOT_MIME, WITH_EXE } from "./messages";

const ESC = "\u001b";

/** An mbox as a writer makes it: envelope line, the message with mboxrd quoting, an empty line. */
function mbox(messages: readonly string[], eol = "\n"): string {
  return messages
    .map((message) => {
      const quoted = message.replace(/^(>*From )/gm, ">$1");
      return `From li.wei@contoso.cn Mon Dec  7 05:00:00 2026${eol}${quoted}${quoted.endsWith("\n") ? "" : eol}${eol}`;
    })
    .join("");
}

type Line = Record<string, unknown>;

function jsonl(text: string): Line[] {
  return text
    .trimEnd()
    .split("\n")
    .map((line) => JSON.parse(line) as Line);
}

function withoutFile(line: Line): Line {
  const { file: _file, ...rest } = line;
  return rest;
}

describe("mail-preflight check on .mbox archives", () => {
  it("checks each message as archive.mbox#N and finds what the same messages give as .eml files", async () => {
    const messages = [WITH_EXE, CLEAN, NO_SUBJECT];
    const files: Record<string, string> = { "archive.mbox": mbox(messages) };
    messages.forEach((m, i) => (files[`eml/${i + 1}.eml`] = m));
    const fromMbox = memoryIO(files);
    const fromEml = memoryIO(files);
    expect(await runCli(["check", "--format", "jsonl", "archive.mbox"], fromMbox)).toBe(1);
    expect(await runCli(["check", "--format", "jsonl", "eml"], fromEml)).toBe(1);
    const mboxLines = jsonl(fromMbox.out());
    const emlLines = jsonl(fromEml.out());
    expect(mboxLines.map((l) => l.file)).toEqual(["archive.mbox#1", "archive.mbox#2", "archive.mbox#3", undefined]);
    expect(mboxLines.map((l) => l.verdict)).toEqual(["block", "pass", "warn", undefined]);
    expect(mboxLines.map(withoutFile)).toEqual(emlLines.map(withoutFile));
  });

  it("reads a body line beginning From, quoted in the archive, as the .eml has it", async () => {
    const message = CLEAN.replace("Hello Zhang,", "From the desk of Li Wei,\r\n>From here on");
    const io = memoryIO({ "a.mbox": mbox([message], "\r\n"), "a.eml": message });
    expect(await runCli(["check", "--format", "json", "a.mbox", "a.eml"], io)).toBe(0);
    const [fromMbox, fromEml] = (JSON.parse(io.out()) as { results: Line[] }).results;
    expect(fromMbox.file).toBe("a.mbox#1");
    expect(withoutFile(fromMbox)).toEqual(withoutFile(fromEml));
  });

  it("gives a damaged message its own error and still checks the rest, with exit 2", async () => {
    const io = memoryIO({ "a.mbox": mbox([CLEAN, NOT_MIME, WITH_EXE]) });
    expect(await runCli(["check", "--locale", "en-US", "a.mbox"], io)).toBe(2);
    expect(io.out()).toContain("a.mbox#1: PASS");
    expect(io.out()).toMatch(/a\.mbox#2: ERROR {2}\S/);
    expect(io.out()).toContain("a.mbox#3: BLOCK");
    expect(io.out()).toContain("Messages checked: 3 (block 1, warn 0, pass 1, errors 1)");
  });

  it("says so when a file named .mbox is not an mbox, and when it holds no message", async () => {
    const io = memoryIO({ "eml.mbox": CLEAN, "empty.mbox": "" });
    expect(await runCli(["check", "--format", "jsonl", "eml.mbox", "empty.mbox"], io)).toBe(2);
    expect(jsonl(io.out()).slice(0, 2)).toEqual([
      { file: "eml.mbox#1", error: 'text before the first "From " line: not an mbox message (the archive is damaged or is not an mbox)' },
      { file: "empty.mbox", error: "no messages in this mbox archive" },
    ]);
  });

  it("refuses a message over the cap and checks the next one (cap lowered for the test)", async () => {
    const big = CLEAN.replace("Hello Zhang,", "x".repeat(5000));
    const io = memoryIO({ "a.mbox": mbox([big, WITH_EXE]) });
    const code = await runCheck(["a.mbox"], { format: "jsonl", locale: "en-US", failOn: "block", maxMessageBytes: 4096 }, io);
    expect(code).toBe(2);
    const lines = jsonl(io.out());
    expect(lines[0]).toEqual({ file: "a.mbox#1", error: expect.stringMatching(/^message is [56] KB, over the 4 KB limit; not read$/) });
    expect(lines[1]).toMatchObject({ file: "a.mbox#2", verdict: "block" });
  });

  it("refuses a message over the real 200 MB cap without holding the archive", async () => {
    const line = new TextEncoder().encode(`${"z".repeat(1023)}\n`);
    const chunk = new Uint8Array(1024 * 1024);
    for (let at = 0; at < chunk.length; at += line.length) chunk.set(line, at);
    const head = new TextEncoder().encode(mbox([CLEAN]) + "From x Mon Dec  7 05:00:00 2026\nSubject: huge\n\n");
    const tail = new TextEncoder().encode(`\n${mbox([WITH_EXE])}`);
    const io = memoryIO({
      "huge.mbox": {
        // 201 MB of body, one reused buffer: the archive is never in memory.
        chunks: function* () {
          yield head;
          for (let i = 0; i < 201; i++) yield chunk;
          yield tail;
        },
      },
    });
    expect(await runCli(["check", "--format", "jsonl", "huge.mbox"], io)).toBe(2);
    const lines = jsonl(io.out());
    expect(lines.map((l) => l.file)).toEqual(["huge.mbox#1", "huge.mbox#2", "huge.mbox#3", undefined]);
    expect(lines[1]).toEqual({ file: "huge.mbox#2", error: "message is 201 MB, over the 200 MB limit; not read" });
    expect(lines[2]).toMatchObject({ verdict: "block" });
  }, 60_000);

  it("writes each message's result while the archive is still being read", async () => {
    const io = memoryIO({ "a.mbox": mbox(Array.from({ length: 40 }, () => CLEAN)) }, { chunkBytes: 256 });
    expect(await runCli(["check", "--format", "jsonl", "a.mbox"], io)).toBe(0);
    expect(jsonl(io.out())).toHaveLength(41);
    const reads = io.chunkReads;
    expect(reads.length).toBeGreaterThan(40);
    // By the last chunk, all but the last message's results are out.
    const linesAt = (outputLength: number): number => io.out().slice(0, outputLength).split("\n").length - 1;
    expect(linesAt(reads[reads.length - 1].outputLength)).toBeGreaterThanOrEqual(38);
    expect(io.reads).toEqual([]); // never read whole
  });

  it("keeps the messages already checked when reading fails midway, and says where it stopped", async () => {
    const io = memoryIO({ "a.mbox": { content: mbox([CLEAN, CLEAN, CLEAN, CLEAN]), failAfterChunks: { chunks: 2, code: "EIO" } } }, { chunkBytes: 300 });
    expect(await runCli(["check", "--format", "jsonl", "a.mbox"], io)).toBe(2);
    const lines = jsonl(io.out());
    const last = lines[lines.length - 2];
    expect(lines.filter((l) => l.verdict === "pass").length).toBeGreaterThanOrEqual(1);
    expect(last.file).toBe("a.mbox");
    expect(String(last.error)).toMatch(/^cannot read after message [1-9]: EIO: fake error/);
  });

  it("picks up *.mbox when walking a folder, in name order with the .eml files", async () => {
    const io = memoryIO({ "mail/b.mbox": mbox([CLEAN, NO_SUBJECT]), "mail/a.eml": CLEAN, "mail/c.eml": WITH_EXE, "mail/notes.txt": "x" });
    expect(await runCli(["check", "--format", "jsonl", "mail"], io)).toBe(1);
    expect(jsonl(io.out()).map((l) => l.file)).toEqual(["mail/a.eml", "mail/b.mbox#1", "mail/b.mbox#2", "mail/c.eml", undefined]);
  });

  it("escapes control characters in an archive's name in the text output", async () => {
    const io = memoryIO({ [`m/${ESC}[2Jevil.mbox`]: mbox([WITH_EXE]) });
    expect(await runCli(["check", "--locale", "en-US", "m"], io)).toBe(1);
    expect(io.out()).not.toContain(ESC);
    expect(io.out()).toContain("[U+001B][2Jevil.mbox#1: BLOCK");
  });
});

describe("mail-preflight check on an .mbox file on disk", () => {
  it("reads an archive larger than one 1 MB chunk from the file system, and walks a folder named .mbox as a folder", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mbox-"));
    try {
      const long = CLEAN.replace("Hello Zhang,", `${"word ".repeat(60)}\r\n`.repeat(5000)); // ~1.5 MB
      fs.writeFileSync(path.join(dir, "a.mbox"), mbox([CLEAN, long, WITH_EXE]));
      fs.mkdirSync(path.join(dir, "folder.mbox"));
      let out = "";
      const io = { ...nodeIO(), stdout: (t: string) => void (out += t), stderr: () => undefined, isTTY: { stdout: false, stderr: false }, env: {} };
      expect(await runCli(["check", "--format", "jsonl", path.join(dir, "a.mbox")], io)).toBe(1);
      expect(jsonl(out).map((l) => l.verdict)).toEqual(["pass", "pass", "block", undefined]);
      out = "";
      // A folder named .mbox is walked like any folder (here: nothing in it to check).
      expect(await runCli(["check", "--format", "jsonl", path.join(dir, "folder.mbox")], io)).toBe(2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
