/**
 * Which files a `check` reads, and reading each within bounds. Folders are walked recursively for
 * *.eml, *.msg, *.mbox, *.pst and *.ost; a path named on the command line is read whatever its extension. Every problem becomes
 * a per-file error so the other files are still checked.
 */
import { join } from "node:path";
import { DEFAULT_MAX_BYTES } from "../adapters/eml";
import { describeError, type CliIO } from "./io";
import { isMbox } from "./mbox-input";
import { isPst } from "./pst-input";

/** Files over this size (200 MB, the eml adapter's own limit) are refused before reading. */
export const MAX_MESSAGE_BYTES = DEFAULT_MAX_BYTES;
/** Deeper folders are not walked: a guard against pathological trees, not a real-world limit. */
const MAX_DEPTH = 64;
export const STDIN_NAME = "-";

export type Input =
  | { readonly file: string; readonly source: "file" | "stdin" }
  | { readonly file: string; readonly error: string };

export type ReadResult = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly error: string };

/** The files a folder walk picks up: messages (.eml, Outlook's .msg), mbox archives and Outlook data files. */
function isEml(name: string): boolean {
  return /\.(eml|msg)$/i.test(name) || isMbox(name) || isPst(name);
}

async function walk(dir: string, io: CliIO, depth: number, out: Input[]): Promise<void> {
  if (depth > MAX_DEPTH) {
    out.push({ file: dir, error: `folder nesting deeper than ${MAX_DEPTH} levels; not read` });
    return;
  }
  let entries: readonly { name: string; isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }[];
  try {
    entries = await io.readdir(dir);
  } catch (error) {
    out.push({ file: dir, error: `cannot read folder: ${describeError(error)}` });
    return;
  }
  // Sorted so reports are the same on every machine and every run.
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of sorted) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      await walk(path, io, depth + 1, out);
    } else if (isEml(entry.name) && (entry.isFile() || entry.isSymbolicLink())) {
      // Symbolic links to files are followed; links to folders are not, so a link cycle cannot loop.
      out.push({ file: path, source: "file" });
    } else if (isEml(entry.name)) {
      // A FIFO, socket or device named like a message: said, never opened (reading a FIFO waits forever).
      out.push({ file: path, error: "not a regular file" });
    }
  }
}

/** The inputs in command-line order, folders expanded, each path once. */
export async function collectInputs(paths: readonly string[], io: CliIO): Promise<Input[]> {
  const out: Input[] = [];
  for (const path of paths) {
    if (path === STDIN_NAME) {
      out.push({ file: STDIN_NAME, source: "stdin" });
      continue;
    }
    try {
      const info = await io.stat(path);
      if (info.isDirectory()) await walk(path, io, 0, out);
      else out.push({ file: path, source: "file" });
    } catch (error) {
      out.push({ file: path, error: `cannot read: ${describeError(error)}` });
    }
  }
  const seen = new Set<string>();
  return out.filter((input) => {
    if (seen.has(input.file)) return false;
    seen.add(input.file);
    return true;
  });
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

function tooBig(size: number, maxBytes: number): string {
  return `file is ${megabytes(size)}, over the ${megabytes(maxBytes)} limit; not read`;
}

/** One input's bytes, or why not. Files are stat'ed first so a huge one is never read whole. */
export async function readInput(input: { file: string; source: "file" | "stdin" }, io: CliIO, maxBytes = MAX_MESSAGE_BYTES): Promise<ReadResult> {
  try {
    if (input.source === "stdin") {
      const bytes = await io.readStdin(maxBytes);
      return bytes.length > maxBytes ? { ok: false, error: `standard input is over the ${megabytes(maxBytes)} limit` } : { ok: true, bytes };
    }
    const info = await io.stat(input.file);
    if (info.isDirectory()) return { ok: false, error: "is a directory" };
    if (!info.isFile()) return { ok: false, error: "not a regular file" };
    if (info.size > maxBytes) return { ok: false, error: tooBig(info.size, maxBytes) };
    const bytes = await io.readFile(input.file);
    // The file may have grown since stat: check again rather than trust it.
    return bytes.length > maxBytes ? { ok: false, error: tooBig(bytes.length, maxBytes) } : { ok: true, bytes };
  } catch (error) {
    return { ok: false, error: `cannot read: ${describeError(error)}` };
  }
}
