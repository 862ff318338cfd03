/** `check` on real Outlook .msg files (../shared/corpora/msg-samples; a missing folder fails). */
import fs from "node:fs";
import path from "node:path";
import { nodeIO } from "../../src/cli/node-io";
import { runCli } from "../../src/cli/program";
import { memoryIO } from "./memory-io";
import { CLEAN } from "./messages";

const SAMPLES = path.resolve(__dirname, "../../../shared/corpora/msg-samples");

async function run(args: string[]): Promise<{ code: number; out: string }> {
  let out = "";
  const io = { ...nodeIO(), stdout: (t: string) => void (out += t), stderr: (t: string) => void (out += t), isTTY: { stdout: false, stderr: false }, env: {} };
  return { code: await runCli(args, io), out };
}

describe("mail-preflight check on .msg files", () => {
  it("checks each mail item in a folder of .msg files and says the calendar item is not a mail message", async () => {
    expect(fs.existsSync(SAMPLES)).toBe(true);
    const { code, out } = await run(["check", "--format", "jsonl", "--locale", "en-US", SAMPLES]);
    expect(code).toBe(2);
    const lines = out
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((l) => (typeof l.file === "string" ? path.basename(l.file) : "summary"))).toEqual([
      "Appointment sample EST.msg",
      "Hello +CJK.msg",
      "Simple.msg",
      "attachmentFiles.msg",
      "msgInMsg.msg",
      "nonUnicodeMail.msg",
      "summary",
    ]);
    expect(lines[0].error).toBe("not a mail message: an Outlook item of class IPM.Appointment");
    for (const line of lines.slice(1, 6)) expect(["pass", "warn", "block"]).toContain(line.verdict);
    expect(lines[6]).toMatchObject({ summary: { files: 6, errors: 1 } });
  });

  it("reads a file named .msg as an Outlook item, not as .eml", async () => {
    const io = memoryIO({ "renamed.msg": CLEAN, "real.eml": CLEAN });
    expect(await runCli(["check", "--format", "jsonl", "renamed.msg", "real.eml"], io)).toBe(2);
    const [msg, eml] = io.out().split("\n").map((line) => (line ? (JSON.parse(line) as Record<string, unknown>) : {}));
    expect(msg).toEqual({ file: "renamed.msg", error: expect.stringMatching(/^not (an|a readable) Outlook \.msg file/) });
    expect(eml).toMatchObject({ file: "real.eml", verdict: "pass" });
  });
});
