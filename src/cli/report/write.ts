/**
 * Writing the report whole or not at all: into a temporary file beside the target, then renamed
 * over it, so an interrupted run never leaves half a page (or a half-overwritten old report).
 */
import { randomBytes } from "node:crypto";
import { rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export interface ReportWriter {
  writeFileAtomic(path: string, text: string): Promise<void>;
}

export const nodeWriter: ReportWriter = {
  async writeFileAtomic(path, text) {
    // Same folder, so the rename stays on one file system and is atomic.
    const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
    try {
      // "wx": never follow or reuse something already at the temporary name.
      await writeFile(temp, text, { encoding: "utf8", flag: "wx" });
      await rename(temp, path);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
  },
};

/** The writer a CliIO carries (tests give an in-memory one), else the real file system. */
export function writerOf(io: object): ReportWriter {
  return "writeFileAtomic" in io && typeof io.writeFileAtomic === "function" ? (io as ReportWriter) : nodeWriter;
}
