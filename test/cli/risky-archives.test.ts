/**
 * Ten mails with a risky attachment, the set issue 16 measured (the harmless stand-in for a
 * program is a text file named like one, as ClamAV's test files are): each must be blocked by
 * `mail-preflight check`, whatever archive format carries the program. Before 7-Zip read the
 * other formats, the .exe inside a .7z, inside a .tar.gz and inside an .arj passed.
 */
import fs from "node:fs";
import path from "node:path";
import { gzipSync, strToU8, zipSync } from "fflate";
import { runCli } from "../../src/cli/program";
import { buildArchive } from "../archive/build-archives";
import { buildRar5 } from "../archive/build-rar";
import { exampleEml } from "../helpers/rule-examples";
import { memoryIO } from "./memory-io";

const PROGRAM = strToU8("MZ harmless test payload, not a program");
const fixture = (name: string): Uint8Array => new Uint8Array(fs.readFileSync(path.resolve(__dirname, "../fixtures/archives", name)));

interface Result {
  readonly verdict: string;
  readonly findings: readonly { readonly ruleId: string; readonly severity: string; readonly data: Readonly<Record<string, unknown>> }[];
}

async function check(name: string, bytes: Uint8Array): Promise<{ code: number; result: Result }> {
  const io = memoryIO({ "m.eml": exampleEml({ attachments: [{ name, bytes }] }) });
  const code = await runCli(["check", "--format", "json", "m.eml"], io);
  return { code, result: JSON.parse(io.out()).results[0] as Result };
}

const MAILS: readonly (readonly [string, string, () => Promise<Uint8Array> | Uint8Array])[] = [
  ["an .exe in a zip", "tools.zip", () => zipSync({ "bin/setup.exe": PROGRAM })],
  ["an .exe in a 7z", "tools.7z", () => buildArchive("7z", { "bin/setup.exe": PROGRAM })],
  ["an .exe in a tar.gz", "tools.tar.gz", async () => gzipSync(await buildArchive("tar", { "bin/setup.exe": PROGRAM }))],
  ["an .exe in a rar", "tools.rar", () => buildRar5({ "bin/setup.exe": PROGRAM })],
  ["an .exe in a cab", "setup.cab", () => fixture("setup.cab")],
  ["an .exe in an arj", "setup.arj", () => fixture("setup.arj")],
  ["an .exe in an lzh", "setup.lzh", () => fixture("setup.lzh")],
  ["an .exe gzipped, named in the gzip header only", "update.gz", () => buildArchive("gzip", { "setup.exe": PROGRAM })],
  ["a zip holding an .exe, inside a 7z", "bundle.7z", () => buildArchive("7z", { "inner.zip": zipSync({ "setup.exe": PROGRAM }) })],
  ["a double extension inside a tar", "invoices.tar", () => buildArchive("tar", { "invoice.pdf.exe": PROGRAM })],
];

describe("ten risky attachment mails, each blocked by mail-preflight check", () => {
  it.each(MAILS)("blocks %s", async (_, name, build) => {
    const { code, result } = await check(name, await build());
    expect(code).toBe(1);
    expect(result.verdict).toBe("block");
    // The program inside is named: the archive rule saw it, not only the outer file's type.
    const inside = result.findings.find((f) => f.ruleId === "attachment-archive-blocked-content");
    expect(inside).toMatchObject({ severity: "block", data: { ext: "exe" } });
  });

  it("passes the same archives holding documents only", async () => {
    const docs = { "a/report.pdf": strToU8("%PDF-1.4"), "notes.txt": strToU8("hi") };
    for (const [name, bytes] of [
      ["docs.7z", await buildArchive("7z", docs)],
      ["docs.tar.gz", gzipSync(await buildArchive("tar", docs))],
      ["docs.rar", buildRar5(docs)],
    ] as const) {
      const { code, result } = await check(name, bytes);
      expect({ name, code, findings: result.findings }).toEqual({ name, code: 0, findings: [] });
    }
  });

  it("warns about an archive that cannot be opened, and says it was not checked", async () => {
    const io = memoryIO({ "m.eml": exampleEml({ attachments: [{ name: "backup.7z", bytes: new Uint8Array(400).fill(9) }] }) });
    expect(await runCli(["check", "--format", "json", "m.eml"], io)).toBe(0);
    const result = JSON.parse(io.out()).results[0];
    expect(result.verdict).toBe("warn");
    expect(result.findings.map((f: { ruleId: string; messageId: string }) => `${f.ruleId}/${f.messageId}`)).toEqual(["attachment-archive-unscannable/unlisted"]);
    expect(result.notChecked).toEqual([expect.objectContaining({ kind: "archiveUnreadable", data: expect.objectContaining({ name: "backup.7z" }) })]);
  });
});
