/**
 * Running 7zz for the lister: `l -slt` parsed into properties and items, `e -so` into a byte
 * buffer, both cut at a cap by failing 7zz's writes, and its errors turned into a reason.
 */
import type { ArchiveListing } from "../engine/snapshot";
import type { SevenZipRunner } from "./sevenzip-load";

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

/** First bytes of the lines the listing reads: Path, Packed/Physical, Size/Solid, Folder, Attributes, Encrypted, Type, "----------". */
const WANTED: ReadonlySet<number> = new Set(Array.from("PSFAET-", (c) => c.charCodeAt(0)));
const MAX_LINE = 64 * 1024;
const decoder = new TextDecoder("utf-8");

/** `7zz l -slt`: archive properties, a "----------" line, then one blank-line-separated block per entry. */
export function runListing(runner: SevenZipRunner, file: string, maxItems: number): Parsed & { code: number; errors: readonly string[] } {
  const props = new Map<string, string>();
  const items: Map<string, string>[] = [];
  let inItems = false;
  let cut = false;
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
        return;
      }
      items.push(new Map());
      open = true;
    }
    items[items.length - 1].set(key, eq > 0 ? text.slice(eq + 3) : "");
  };
  // Lines are cut from the chunks by byte; only the few keys read are decoded (a 7z of 100,000
  // entries prints a million lines).
  let pending: Uint8Array = new Uint8Array(0);
  const result = runner.run(["l", "-slt", ...COMMON, "--", file], (chunk) => {
    if (cut) return false; // at the entry cap: 7zz's writes fail from here on
    let data = chunk;
    if (pending.length > 0) {
      data = new Uint8Array(pending.length + chunk.length);
      data.set(pending);
      data.set(chunk, pending.length);
    }
    let start = 0;
    for (let end = data.indexOf(0x0a); end >= 0 && !cut; end = data.indexOf(0x0a, start)) {
      if (end === start || WANTED.has(data[start])) onLine(decoder.decode(data.subarray(start, end)).replace(/\r$/, ""));
      start = end + 1;
    }
    // An unfinished line waits for the next chunk (a copy: the chunk is 7-Zip's memory); a
    // line longer than any real one is dropped.
    pending = data.length - start > MAX_LINE ? new Uint8Array(0) : data.slice(start);
    return !cut;
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
  let total = 0;
  let over = false;
  // "-spd": the path is a name, not a wildcard; "--": a name starting with "-" is not a switch.
  const result = runner.run(["e", "-so", ...COMMON, "-spd", "--", file, ...(path === undefined ? [] : [path])], (chunk) => {
    const room = cap - total;
    if (chunk.length > room) over = true;
    const kept = chunk.subarray(0, Math.max(0, room));
    // A copy: the chunk is a view of 7-Zip's memory, reused for its next write.
    chunks.push(kept.slice());
    total += kept.length;
    return !over;
  });
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
