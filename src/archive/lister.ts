/**
 * Lists any archive attachment — zip, 7z, tar, gzip / bzip2 / xz (and the tar inside), rar 4 and
 * 5, cab, arj, lzh — and archives nested in it, without unpacking what they carry. Zip goes
 * through our own central-directory reader (zip.ts, no 7-Zip needed); everything else through
 * 7-Zip (`7zz l -slt`, see sevenzip-load.ts), which also extracts a nested archive so its own
 * entries can be listed.
 *
 * Bounds. A 7zz call is synchronous and cannot be interrupted, so its work is bounded before and
 * while it runs:
 * - the input is at most the policy's archiveScanMaxBytes (10 MB by default; the adapters check);
 * - a .7z's header is read for its declared unpacked size first (sevenzip-header.ts): over
 *   `maxHeaderBytes` it is not opened, since 7-Zip parses every name before listing one;
 * - listing output stops at `maxEntries` entries in all (the write fails and 7zz stops);
 * - a nested archive is extracted only when its declared size (and, in a solid archive, the size
 *   of everything unpacked before it) fits `nestedMaxBytes` and the `totalNestedBytes` budget;
 *   the stream is cut at that size whatever the archive claims;
 * - a tar inside gzip / bzip2 / xz is unpacked up to `maxStreamBytes` only (its headers are
 *   spread through it): past that the listing is marked cut short;
 * - nesting stops `maxDepth` levels below the attachment.
 * Formats whose headers sit one per entry in the file (tar, rar, cab, arj, lzh) cost time in
 * proportion to the input; test/archive/lister.property.test.ts checks the growth.
 */
import type { ArchiveEntry, ArchiveListing } from "../engine/snapshot";
import { archiveFormat, formatByName, rarHeadersEncrypted, SINGLE_STREAM_FORMATS } from "./formats";
import { decodeUtf8 } from "./names";
import { sevenZipHeadersEncrypted, sevenZipHeaderSize } from "./sevenzip-header";
import type { SevenZipRunner } from "./sevenzip-load";
import { DEFAULT_ZIP_LIMITS, listZip, type ZipLimits } from "./zip";

export interface ArchiveLimits extends ZipLimits {
  /** Largest .7z header (unpacked) that is opened. */
  readonly maxHeaderBytes: number;
  /** Most of a compressed stream (the tar in a .tar.gz) unpacked to read the headers in it. */
  readonly maxStreamBytes: number;
}

const MB = 1024 * 1024;

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  ...DEFAULT_ZIP_LIMITS,
  maxHeaderBytes: 4 * MB,
  maxStreamBytes: 32 * MB,
};

export type ListArchive = (bytes: Uint8Array, name: string) => ArchiveListing;

interface Budget {
  entries: number;
  nestedBytes: number;
  /** Names of the temporary files, so each level has its own. */
  files: number;
}

/** Thrown from the stdout sink to make 7zz stop (its write fails). */
class Stop extends Error {}

/** Options every run gets: no prompts, no progress, UTF-8 names, the empty password. */
const COMMON = ["-bd", "-y", "-sccUTF-8", "-p"];

function unreadable(format: string, reason: string, extra: Partial<ArchiveListing> = {}): ArchiveListing {
  return { format, entries: [], truncated: false, unreadable: reason, ...extra };
}

/**
 * A lister over `runner`; without one (7-Zip failed to load), zip is still listed and every other
 * format comes back unreadable with `missingReason`, so the report says it was not checked.
 */
export function createArchiveLister(
  runner: SevenZipRunner | undefined,
  limits: Partial<ArchiveLimits> = {},
  missingReason = "the archive reader could not be loaded",
): ListArchive {
  const bounds: ArchiveLimits = { ...DEFAULT_ARCHIVE_LIMITS, ...limits };
  return (bytes, name) => {
    const budget: Budget = { entries: 0, nestedBytes: 0, files: 0 };
    try {
      return listLevel(bytes, name, 0, { runner, bounds, budget, missingReason });
    } catch (error) {
      // Defence in depth: a listing must never throw.
      return unreadable(archiveFormat(bytes, name) ?? "unknown", `unexpected error (${error instanceof Error ? error.message : "unknown"})`);
    }
  };
}

interface Context {
  readonly runner: SevenZipRunner | undefined;
  readonly bounds: ArchiveLimits;
  readonly budget: Budget;
  readonly missingReason: string;
}

function listLevel(bytes: Uint8Array, name: string, depth: number, ctx: Context): ArchiveListing {
  const format = archiveFormat(bytes, name);
  if (format === undefined) return unreadable("unknown", "not an archive format the check can read");
  if (format === "zip") {
    const before = ctx.budget.entries;
    const listing = listZip(bytes, { ...ctx.bounds, maxEntries: ctx.bounds.maxEntries - before, maxDepth: ctx.bounds.maxDepth - depth });
    ctx.budget.entries += countEntries(listing);
    return ctx.runner ? openNonZipNested(listing, bytes, depth, ctx) : listing;
  }
  if (!ctx.runner) return unreadable(format, ctx.missingReason);
  return listWithSevenZip(ctx.runner, bytes, name, format, depth, ctx);
}

function countEntries(listing: ArchiveListing): number {
  let count = 0;
  for (const entry of listing.entries) count += 1 + (entry.listing ? countEntries(entry.listing) : 0);
  return count;
}

/** A name 7-Zip can tell the type from, for formats without a signature (old tar, lzma). */
function tempName(format: string, ctx: Context): string {
  ctx.budget.files += 1;
  return `/mp${ctx.budget.files}.${format === "gzip" ? "gz" : format === "bzip2" ? "bz2" : format}`;
}

interface Parsed {
  readonly props: ReadonlyMap<string, string>;
  readonly items: readonly ReadonlyMap<string, string>[];
  readonly cut: boolean;
}

/** `7zz l -slt`: archive properties, a "----------" line, then one blank-line-separated block per entry. */
function runListing(runner: SevenZipRunner, file: string, maxItems: number): Parsed & { code: number; errors: readonly string[] } {
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

function sizeOf(item: ReadonlyMap<string, string>): number {
  const value = Number(item.get("Size") ?? "");
  return Number.isFinite(value) && value >= 0 ? value : 0;
}

function isFolder(item: ReadonlyMap<string, string>): boolean {
  return item.get("Folder") === "+" || /^D/.test(item.get("Attributes") ?? "");
}

const PASSWORD_NAMES = "the archive is password-protected, even its file names";

/** The name a compressed stream's content goes by when the stream stores none: "a.tgz" → "a.tar". */
export function innerStreamName(outer: string): string {
  const base = outer.slice(Math.max(outer.lastIndexOf("/"), outer.lastIndexOf("\\")) + 1).trim();
  if (/\.t(gz|bz2?|xz|az|lz|lzma)$/i.test(base)) return base.replace(/\.[^.]+$/, ".tar");
  const stripped = base.replace(/\.(gz|bz2|xz|lzma|z)$/i, "");
  return stripped === base || stripped === "" ? "content" : stripped;
}

function listWithSevenZip(runner: SevenZipRunner, bytes: Uint8Array, name: string, format: string, depth: number, ctx: Context): ArchiveListing {
  if ((format === "7z" && sevenZipHeadersEncrypted(bytes)) || (format === "rar" && rarHeadersEncrypted(bytes))) {
    return unreadable(format, PASSWORD_NAMES, { encryptedHeaders: true });
  }
  if (!runner.healthy) return unreadable(format, "the archive reader stopped on an earlier archive in this message");
  if (format === "7z") {
    const header = sevenZipHeaderSize(bytes);
    if (header !== undefined && header > ctx.bounds.maxHeaderBytes) {
      return unreadable(format, `its header declares ${header} bytes of file names and sizes, over the ${ctx.bounds.maxHeaderBytes} the check reads`, { truncated: true });
    }
  }
  const file = tempName(format, ctx);
  runner.writeFile(file, bytes);
  try {
    const remaining = Math.max(0, ctx.bounds.maxEntries - ctx.budget.entries);
    const parsed = runListing(runner, file, remaining);
    if (parsed.items.length === 0 && parsed.code !== 0 && !parsed.cut) return failed(format, parsed.errors);
    ctx.budget.entries += parsed.items.length;
    const type = (parsed.props.get("Type") ?? format).toLowerCase();
    const solid = parsed.props.get("Solid") === "+";
    let truncated = parsed.cut || parsed.code !== 0;
    const entries: ArchiveEntry[] = [];
    let unpackedBefore = 0;
    for (const item of parsed.items) {
      const size = sizeOf(item);
      unpackedBefore += size;
      if (isFolder(item)) continue;
      const path = item.get("Path") ?? (SINGLE_STREAM_FORMATS.has(type) ? innerStreamName(name) : "");
      const encrypted = item.get("Encrypted") === "+";
      let listing: ArchiveListing | "skipped" | undefined;
      if (!encrypted && shouldOpen(path, type)) {
        listing = openNested(runner, file, path, size, solid ? unpackedBefore : size, type, depth, ctx);
      }
      if (listing === "skipped") truncated = true;
      entries.push({ path, size, encrypted, ...(listing !== undefined && listing !== "skipped" ? { listing } : {}) });
    }
    return { format: type, entries, truncated };
  } finally {
    runner.removeFile(file);
  }
}

/** A nested archive by name; the content of a .gz / .bz2 / .xz only when it is itself an archive. */
function shouldOpen(path: string, containerType: string): boolean {
  return formatByName(path) !== undefined || (SINGLE_STREAM_FORMATS.has(containerType) && /\.tar$/i.test(path));
}

function failed(format: string, errors: readonly string[]): ArchiveListing {
  const text = errors.join(" ");
  if (/encrypted archive|wrong password/i.test(text)) {
    return unreadable(format, PASSWORD_NAMES, { encryptedHeaders: true });
  }
  if (/can ?not open the file as|is not archive/i.test(text)) return unreadable(format, `not a readable ${format} archive (damaged, or a variant 7-Zip does not read)`);
  const first = errors.find((line) => line.trim() !== "")?.replace(/^ERROR:\s*/, "").replace(/\/mp\d+\.\w+\s*:?\s*/, "").trim();
  return unreadable(format, first ? `damaged archive (${first.slice(0, 120)})` : "damaged archive");
}

/**
 * Extracts one entry (to a byte buffer, never to a file of its name) and lists it. `cost` is what
 * 7-Zip unpacks to reach it: its size, or in a solid archive everything before it too.
 */
function openNested(
  runner: SevenZipRunner,
  file: string,
  path: string,
  size: number,
  cost: number,
  containerType: string,
  depth: number,
  ctx: Context,
): ArchiveListing | "skipped" {
  const { bounds, budget } = ctx;
  if (depth >= bounds.maxDepth) return "skipped";
  const stream = SINGLE_STREAM_FORMATS.has(containerType);
  // A compressed stream may not declare its size (bzip2): read up to the stream cap and list what came.
  const cap = stream ? bounds.maxStreamBytes : size;
  if (!stream && (cost > bounds.nestedMaxBytes || budget.nestedBytes + cost > bounds.totalNestedBytes)) return "skipped";
  if (stream && budget.nestedBytes >= bounds.totalNestedBytes + bounds.maxStreamBytes) return "skipped";
  const chunks: Uint8Array[] = [];
  let current = new Uint8Array(64 * 1024);
  let used = 0;
  let total = 0;
  let over = false;
  // A compressed stream holds one item, whose stored name (if any) need not match ours.
  const result = runner.run(["e", "-so", ...COMMON, "-spd", "--", file, ...(stream ? [] : [path])], (byte) => {
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
  budget.nestedBytes += stream ? total : cost;
  if (result.code !== 0 && !over && total === 0) return failed(formatByName(path) ?? "unknown", result.errors);
  const inner = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    inner.set(chunk, at);
    at += chunk.length;
  }
  const listing = listLevel(inner, path, depth + 1, ctx);
  // Cut at the cap: what was listed is real, the rest was not seen.
  return over || (result.code !== 0 && !stream) ? { ...listing, truncated: true } : listing;
}

/**
 * listZip opens nested zips itself (without 7-Zip); the other archives inside a zip are opened
 * here, through 7-Zip reading the zip. Only the zip's own level: a 7z inside a zip inside a zip
 * is beyond what this extra pass reaches, and is marked as cut short.
 */
function openNonZipNested(listing: ArchiveListing, bytes: Uint8Array, depth: number, ctx: Context): ArchiveListing {
  if (!ctx.runner || listing.unreadable !== undefined) return listing;
  const needsOpening = (entry: ArchiveEntry): boolean => !entry.encrypted && entry.listing === undefined && formatByName(entry.path) !== undefined && formatByName(entry.path) !== "zip";
  if (!listing.entries.some(needsOpening) && !deeperNeeds(listing, needsOpening)) return listing;
  const runner = ctx.runner;
  const file = tempName("zip", ctx);
  runner.writeFile(file, bytes);
  try {
    let truncated = listing.truncated || deeperNeeds(listing, needsOpening);
    const entries = listing.entries.map((entry) => {
      if (!needsOpening(entry)) return entry;
      const nested = openNested(runner, file, entry.path, entry.size, entry.size, "zip", depth, ctx);
      if (nested === "skipped") {
        truncated = true;
        return entry;
      }
      return { ...entry, listing: nested };
    });
    return { ...listing, entries, truncated };
  } finally {
    runner.removeFile(file);
  }
}

/** Whether a zip nested in this zip holds a non-zip archive this pass does not reach. */
function deeperNeeds(listing: ArchiveListing, needsOpening: (entry: ArchiveEntry) => boolean): boolean {
  return listing.entries.some((entry) => entry.listing !== undefined && (entry.listing.entries.some(needsOpening) || deeperNeeds(entry.listing, needsOpening)));
}
