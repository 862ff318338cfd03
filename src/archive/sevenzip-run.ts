/**
 * Running 7zz for the lister: `l -slt` parsed into properties and items, `e -so` into a byte
 * buffer, both cut at a cap by failing 7zz's writes, and its errors turned into a reason.
 */
import type { ArchiveListing } from "../engine/snapshot";
import { decodeUtf8 } from "./names";
import type { SevenZipRunner } from "./sevenzip-load";

/** Thrown from the stdout sink to make 7zz stop (its write fails). */
export class Stop extends Error {}

/** Options every run gets: no prompts, no progress, UTF-8 names, the empty password. */
export const COMMON = ["-bd", "-y", "-sccUTF-8", "-p"];

export function unreadable(format: string, reason: string, extra: Partial<ArchiveListing> = {}): ArchiveListing {
  return { format, entries: [], truncated: false, unreadable: reason, ...extra };
}

export interface Parsed {
  readonly props: ReadonlyMap<string, string>;
  readonly items: readonly ReadonlyMap<string, string>[];
  readonly cut: boolean;
}

/** `7zz l -slt`: archive properties, a "----------" line, then one blank-line-separated block per entry. */
export function runListing(runner: SevenZipRunner, file: string, maxItems: number): Parsed & { code: number; errors: readonly string[] } {
  const props = new Map<string, string>();
  const items: Map<string, string>[] = [];
  let inItems = false;
  let cut = false;
  let line: number[] = [];
  let open = false;
  const onLine = (text: string): void => {
    if (text === "----------") {
      inItems = true;
      return;
    }
    const eq = text.indexOf(" = ");
    if (!inItems) {
      if (eq > 0) props.set(text.slice(0, eq), text.slice(eq + 3));
      return;
    }
    if (text === "") {
      open = false;
      return;
    }
    // "Size = " and "Packed Size =" with nothing after: bzip2 and xz items have no stored name.
    const key = eq > 0 ? text.slice(0, eq) : text.replace(/ =$/, "");
    if (!open) {
      if (items.length >= maxItems) {
        cut = true;
        throw new Stop("entry cap");
      }
      items.push(new Map());
      open = true;
    }
    items[items.length - 1].set(key, eq > 0 ? text.slice(eq + 3) : "");
  };
  const result = runner.run(["l", "-slt", ...COMMON, "--", file], (byte) => {
    if (byte !== 0x0a) {
      if (line.length < 4096) line.push(byte);
      return;
    }
    const text = decodeUtf8(Uint8Array.from(line), false) ?? "";
    line = [];
    onLine(text.replace(/\r$/, ""));
  });
  return { props, items, cut, code: result.code, errors: result.errors };
}

export function sizeOf(item: ReadonlyMap<string, string>): number {
  const value = Number(item.get("Size") ?? "");
  return Number.isFinite(value) && value >= 0 ? value : 0;
}

export function isFolder(item: ReadonlyMap<string, string>): boolean {
  return item.get("Folder") === "+" || /^D/.test(item.get("Attributes") ?? "");
}

export const PASSWORD_NAMES = "the archive is password-protected, even its file names";

export function failed(format: string, errors: readonly string[]): ArchiveListing {
  const text = errors.join(" ");
  if (/encrypted archive|wrong password/i.test(text)) {
    return unreadable(format, PASSWORD_NAMES, { encryptedHeaders: true });
  }
  if (/can ?not open the file as|is not archive/i.test(text)) return unreadable(format, `not a readable ${format} archive (damaged, or a variant 7-Zip does not read)`);
  const first = errors.find((line) => line.trim() !== "")?.replace(/^ERROR:\s*/, "").replace(/\/mp\d+\.\w+\s*:?\s*/, "").trim();
  return unreadable(format, first ? `damaged archive (${first.slice(0, 120)})` : "damaged archive");
}

export interface Extracted {
  readonly bytes: Uint8Array;
  /** Stopped at the cap: there was more. */
  readonly over: boolean;
  readonly code: number;
  readonly errors: readonly string[];
}

/** `7zz e -so`: one entry (all of a compressed stream when `path` is undefined), at most `cap` bytes. */
export function extract(runner: SevenZipRunner, file: string, path: string | undefined, cap: number): Extracted {
  const chunks: Uint8Array[] = [];
  let current = new Uint8Array(Math.min(64 * 1024, cap + 1));
  let used = 0;
  let total = 0;
  let over = false;
  // "-spd": the path is a name, not a wildcard; "--": a name starting with "-" is not a switch.
  const result = runner.run(["e", "-so", ...COMMON, "-spd", "--", file, ...(path === undefined ? [] : [path])], (byte) => {
    if (total >= cap) {
      over = true;
      throw new Stop("size cap");
    }
    if (used === current.length) {
      chunks.push(current);
      current = new Uint8Array(64 * 1024);
      used = 0;
    }
    current[used++] = byte;
    total += 1;
  });
  chunks.push(current.subarray(0, used));
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { bytes, over, code: result.code, errors: result.errors };
}

/** Enough of a stream's start to see a signature (tar's sits at byte 257). */
export const SNIFF_BYTES = 512;
