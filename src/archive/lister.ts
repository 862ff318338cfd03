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
 * proportion to the input (entries are capped on the output); test/archive/lister-bombs.test.ts
 * builds a bomb of each format and lister.property.test.ts feeds it damaged archives.
 * The worst case measured (Node 20, a shared 2-core machine): a 48 KB .7z whose header declares
 * 3.4 MB, 100,000 entries, just under the header cap, takes about 1.5 s to list to the 10,000
 * entry cap, most of it 7-Zip parsing the header; the same file with the cap lifted takes 3 s.
 */
import type { ArchiveEntry, ArchiveListing } from "../engine/snapshot";
import { archiveFormat, formatByMagic, formatByName, rarHeadersEncrypted, SINGLE_STREAM_FORMATS } from "./formats";
import { sevenZipHeadersEncrypted, sevenZipHeaderSize } from "./sevenzip-header";
import type { SevenZipRunner } from "./sevenzip-load";
import { gunzipBounded } from "./inflate";
import { extract, failed, type Extracted, isFolder, PASSWORD_NAMES, runListing, sizeOf, SNIFF_BYTES, unreadable } from "./sevenzip-run";
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
    // With 7-Zip at hand, every nested archive (zip too) is opened the same way, below.
    const listing = listZip(bytes, { ...ctx.bounds, maxEntries: ctx.bounds.maxEntries - before, maxDepth: ctx.bounds.maxDepth - depth }, !ctx.runner);
    ctx.budget.entries += countEntries(listing);
    return ctx.runner ? openNestedInZip(listing, bytes, depth, ctx) : listing;
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
      const path = entryPath(item.get("Path"), type, file, name);
      const encrypted = item.get("Encrypted") === "+";
      let listing: ArchiveListing | "skipped" | undefined;
      if (!encrypted && (formatByName(path) !== undefined || SINGLE_STREAM_FORMATS.has(type))) {
        listing = openNested({ runner, file, bytes }, path, size, solid ? unpackedBefore : size, type, depth, ctx);
      }
      if (listing === "skipped") truncated = true;
      entries.push({ path, size, encrypted, ...(listing !== undefined && listing !== "skipped" ? { listing } : {}) });
    }
    return { format: type, entries, truncated };
  } finally {
    runner.removeFile(file);
  }
}


/**
 * An entry's path. A compressed stream that stores no name gets one from 7-Zip, made from our
 * temporary file's name ("/mp1.gz" → "mp1"): the attachment's name tells more ("a.tgz" → "a.tar").
 */
function entryPath(stored: string | undefined, type: string, file: string, outer: string): string {
  if (!SINGLE_STREAM_FORMATS.has(type)) return stored ?? "";
  const stem = file.slice(1, file.lastIndexOf("."));
  return stored === undefined || stored === stem || stored.startsWith(`${stem}.`) ? innerStreamName(outer) : stored;
}

/**
 * Extracts one entry (to a byte buffer, never to a file of its name) and lists it. `cost` is what
 * 7-Zip unpacks to reach it: its size, or in a solid archive everything before it too. The content
 * of a compressed stream whose name does not say archive ("backup.gz") is sniffed first: only an
 * archive inside is unpacked further, so a compressed program is never inflated.
 */
function openNested(
  container: Container,
  path: string,
  size: number,
  cost: number,
  containerType: string,
  depth: number,
  ctx: Context,
): ArchiveListing | "skipped" | undefined {
  const { bounds, budget } = ctx;
  const stream = SINGLE_STREAM_FORMATS.has(containerType);
  if (stream && formatByName(path) === undefined && !/\.tar$/i.test(path)) {
    const head = unpack(container, containerType, undefined, SNIFF_BYTES);
    if (formatByMagic(head.bytes) === undefined) return undefined;
  }
  if (depth >= bounds.maxDepth) return "skipped";
  // A compressed stream may not declare its size (bzip2): read up to the stream cap and list what came.
  const cap = stream ? Math.min(bounds.maxStreamBytes, bounds.maxStreamBytes + bounds.totalNestedBytes - budget.nestedBytes) : size;
  if (stream ? cap <= 0 : cost > bounds.nestedMaxBytes || budget.nestedBytes + cost > bounds.totalNestedBytes) return "skipped";
  // A compressed stream holds one item, whose stored name (if any) need not match ours.
  const out = unpack(container, containerType, stream ? undefined : path, cap);
  budget.nestedBytes += stream ? out.bytes.length : cost;
  if (out.code !== 0 && !out.over && out.bytes.length === 0) return failed(formatByName(path) ?? "unknown", out.errors);
  const listing = listLevel(out.bytes, path, depth + 1, ctx);
  // Cut at the cap: what was listed is real, the rest was not seen.
  return out.over || (out.code !== 0 && !stream) ? { ...listing, truncated: true } : listing;
}

interface Container {
  readonly runner: SevenZipRunner;
  /** Its temporary file in 7-Zip's file system. */
  readonly file: string;
  readonly bytes: Uint8Array;
}

/**
 * An entry's bytes, at most `cap`. A gzip stream is unpacked with fflate, which stops cleanly at
 * the cap; 7-Zip, stopped mid-stream, can end in an uncaught error that costs its instance.
 */
function unpack(container: Container, containerType: string, path: string | undefined, cap: number): Extracted {
  if (containerType !== "gzip") return extract(container.runner, container.file, path, cap);
  const result = gunzipBounded(container.bytes, cap);
  if (!result.ok) return { bytes: new Uint8Array(0), over: false, code: 2, errors: [result.reason] };
  return { bytes: result.data, over: result.over === true, code: 0, errors: [] };
}

/** The archives inside a zip, opened through 7-Zip reading the zip. */
function openNestedInZip(listing: ArchiveListing, bytes: Uint8Array, depth: number, ctx: Context): ArchiveListing {
  const needsOpening = (entry: ArchiveEntry): boolean => !entry.encrypted && formatByName(entry.path) !== undefined;
  if (!ctx.runner || listing.unreadable !== undefined || !listing.entries.some(needsOpening)) return listing;
  const runner = ctx.runner;
  const file = tempName("zip", ctx);
  runner.writeFile(file, bytes);
  try {
    let truncated = listing.truncated;
    const entries = listing.entries.map((entry) => {
      if (!needsOpening(entry)) return entry;
      const nested = openNested({ runner, file, bytes }, entry.path, entry.size, entry.size, "zip", depth, ctx);
      if (nested === "skipped") truncated = true;
      return nested === "skipped" || nested === undefined ? entry : { ...entry, listing: nested };
    });
    return { ...listing, entries, truncated };
  } finally {
    runner.removeFile(file);
  }
}

/** Whether a zip listing holds (at a depth listZip read) an archive only 7-Zip can open. */
function needsSevenZip(listing: ArchiveListing): boolean {
  return listing.entries.some(
    (entry) => (entry.listing ? needsSevenZip(entry.listing) : !entry.encrypted && formatByName(entry.path) !== undefined && formatByName(entry.path) !== "zip"),
  );
}

/**
 * The listing of a zip that holds nothing 7-Zip is needed for (zips in zips, other files), made
 * without it; undefined for any other archive, which must wait for 7-Zip.
 */
export function listWithoutSevenZip(bytes: Uint8Array, name: string): ArchiveListing | undefined {
  if (archiveFormat(bytes, name) !== "zip") return undefined;
  const listing = createArchiveLister(undefined)(bytes, name);
  return needsSevenZip(listing) ? undefined : listing;
}

/**
 * The pane's way in: a zip with nothing but zips inside is listed without 7-Zip, so most archive
 * attachments never fetch it; anything else waits for `loadRunner` (the pane's "archive" chunk
 * and the .wasm file, fetched once). If 7-Zip cannot load, zip levels are still listed and the
 * rest is reported as not checked, with the reason.
 */
export async function listArchiveLazily(bytes: Uint8Array, name: string, loadRunner: () => Promise<SevenZipRunner>): Promise<ArchiveListing> {
  const listing = listWithoutSevenZip(bytes, name);
  if (listing) return listing;
  let runner: SevenZipRunner;
  try {
    runner = await loadRunner();
    await runner.ready();
  } catch (error) {
    return createArchiveLister(undefined, {}, `the archive reader could not be loaded (${error instanceof Error ? error.message : String(error)})`)(bytes, name);
  }
  return createArchiveLister(runner)(bytes, name);
}
