/**
 * `check` on Outlook data files: the real .pst and .ost pst-extractor's npm package carries (read
 * from node_modules), a file named .pst that is not one, and a folder holding a .pst.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { nodeIO } from "../../src/cli/node-io";
import { runCli } from "../../src/cli/program";

const TESTDATA = path.resolve(__dirname, "../../node_modules/pst-extractor/example/testdata");
const ENRON = path.join(TESTDATA, "enron.pst");
const OST = path.join(TESTDATA, "pstextractortest@outlook.com.ost");

async function run(args: string[]): Promise<{ code: number; lines: Record<string, unknown>[]; err: string }> {
  let out = "";
  let err = "";
  const io = { ...nodeIO(), stdout: (t: string) => void (out += t), stderr: (t: string) => void (err += t), isTTY: { stdout: false, stderr: false }, env: {} };
  const code = await runCli(args, io);
  return { code, lines: out.trimEnd().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>), err };
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pst-cli-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("mail-preflight check on .pst and .ost files", () => {
  it("checks every message of a .pst, each a result named after the file, its folders and position", async () => {
    const { code, lines, err } = await run(["check", "--format", "jsonl", "--jobs", "1", "--locale", "en-US", ENRON]);
    expect(err).toBe(""); // pst-extractor's own console output never gets through
    expect([0, 1]).toContain(code);
    expect(lines).toHaveLength(72);
    expect(lines[0].file).toBe(`${ENRON}#Top of Personal Folders/lokay-m/MLOKAY (Non-Privileged)/000001`);
    for (const line of lines.slice(0, 71)) expect(["pass", "warn", "block"]).toContain(line.verdict);
    expect(lines[71]).toMatchObject({ summary: { files: 71, errors: 0 } });
  });

  it("says which items of an .ost are not mail messages and checks the mail", async () => {
    const { code, lines } = await run(["check", "--format", "jsonl", "--jobs", "1", "--locale", "en-US", OST]);
    expect(code).toBe(2);
    const results = lines.slice(0, -1);
    expect(results.filter((l) => l.verdict !== undefined).length).toBeGreaterThanOrEqual(8);
    expect(results.find((l) => l.error !== undefined)).toEqual({ file: expect.stringContaining(`${OST}#Root - Mailbox/IPM_SUBTREE/`), error: expect.stringMatching(/^not a mail message: /) });
  });

  it("gives a file named .pst that is not an Outlook data file one clear error, and checks the next input", async () => {
    const fake = path.join(dir, "notes.pst");
    fs.writeFileSync(fake, "From: a@contoso.cn\r\n\r\nhello\r\n");
    const empty = path.join(dir, "empty.ost");
    fs.writeFileSync(empty, "");
    const { code, lines } = await run(["check", "--format", "jsonl", "--jobs", "1", fake, empty, path.resolve(__dirname, "../fixtures/eml/setup-exe.eml")]);
    expect(code).toBe(2);
    expect(lines[0]).toEqual({ file: fake, error: "not an Outlook .pst/.ost file (it does not start with the !BDN signature)" });
    expect(lines[1]).toEqual({ file: empty, error: "not an Outlook .pst/.ost file (it does not start with the !BDN signature)" });
    expect(lines[2]).toMatchObject({ verdict: "block" });
  });

  it("reports each damaged message of a damaged .pst and checks the rest, with nothing but results on stdout", async () => {
    const bytes = fs.readFileSync(ENRON);
    const at = Math.floor(bytes.length * 0.9) & ~511;
    bytes.fill(0xab, at, at + 200_000);
    const damaged = path.join(dir, "damaged.pst");
    fs.writeFileSync(damaged, bytes);
    const log = jest.spyOn(console, "log");
    const error = jest.spyOn(console, "error");
    try {
      const { code, lines, err } = await run(["check", "--format", "jsonl", "--jobs", "1", damaged]);
      expect(code).toBe(2);
      expect(err).toBe("");
      // pst-extractor logs what it cannot read; none of it may reach the terminal or a pipe.
      expect(log).not.toHaveBeenCalled();
      expect(error).not.toHaveBeenCalled();
      const errors = lines.filter((l) => typeof l.error === "string");
      expect(errors.length).toBeGreaterThan(0);
      for (const e of errors) expect(e.error).toMatch(/^(message|folder) could not be read: /);
      expect(lines.filter((l) => l.verdict !== undefined).length).toBeGreaterThan(50);
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
  });

  it("finds .pst files in a folder", async () => {
    const folder = path.join(dir, "exports");
    fs.mkdirSync(folder);
    fs.symlinkSync(ENRON, path.join(folder, "lokay.PST"));
    const { lines } = await run(["check", "--format", "jsonl", "--jobs", "1", folder]);
    expect(lines).toHaveLength(72);
    expect(String(lines[0].file)).toMatch(/lokay\.PST#Top of Personal Folders\//);
  });
});
