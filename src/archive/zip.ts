/**
 * Lists a zip from its bytes without extracting it: the End Of Central Directory record, then the
 * central directory (names, declared sizes, encryption). Entries are never inflated, except nested
 * .zip entries within strict bounds so their own entries can be listed too.
 *
 * The input is hostile by assumption (zip bombs, lying sizes, overlapping entries, quines, random
 * bytes): every read is bounds-checked, all work is capped by `ZipLimits`, and nothing throws —
 * a zip we cannot read comes back as `{ entries: [], unreadable: reason }`. Names are kept as
 * data only; nothing here touches a file system, so "../" paths are harmless.
 */
import type { ArchiveEntry, ArchiveListing } from "../engine/snapshot";
import { inflateBounded } from "./inflate";
import { decodeEntryName, decodeUtf8 } from "./names";

export interface ZipLimits {
  /** Entries listed in total, over all nesting levels. */
  readonly maxEntries: number;
  /** Nesting levels below the outer zip that are opened (outer › 1 › 2 › 3). */
  readonly maxDepth: number;
  /** Largest nested zip (compressed and uncompressed) that is opened. */
  readonly nestedMaxBytes: number;
  /** Bytes inflated in total for nested zips, so many small nested zips stay bounded too. */
  readonly totalNestedBytes: number;
}

const MB = 1024 * 1024;

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxDepth: 3,
  nestedMaxBytes: 5 * MB,
  totalNestedBytes: 20 * MB,
};

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const MAX_COMMENT = 0xffff;
const EXTRA_ZIP64 = 0x0001;
const EXTRA_UNICODE_PATH = 0x7075;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_STRONG_ENCRYPTION = 0x0040;
const FLAG_UTF8 = 0x0800;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;
/** WinZip AES: the entry is encrypted whatever the flags say. */
const METHOD_AES = 99;

interface Budget {
  entries: number;
  nestedBytes: number;
  readonly openNested: boolean;
}

/** Bounds-checked little-endian reads; `undefined` when out of range. */
class Reader {
  constructor(readonly bytes: Uint8Array) {}
  u16(at: number): number | undefined {
    if (at < 0 || at + 2 > this.bytes.length) return undefined;
    return this.bytes[at] | (this.bytes[at + 1] << 8);
  }
  u32(at: number): number | undefined {
    if (at < 0 || at + 4 > this.bytes.length) return undefined;
    return (this.bytes[at] | (this.bytes[at + 1] << 8) | (this.bytes[at + 2] << 16)) + this.bytes[at + 3] * 0x1000000;
  }
  /** 64-bit value, or undefined when it does not fit a safe integer (no real file is that big). */
  u64(at: number): number | undefined {
    const low = this.u32(at);
    const high = this.u32(at + 4);
    if (low === undefined || high === undefined || high > 0x1fffff) return undefined;
    return high * 0x100000000 + low;
  }
}

/**
 * `openNested: false` leaves nested zips unopened (and the listing not marked cut short for it):
 * for a caller that opens every nested archive itself (src/archive/lister.ts, with 7-Zip).
 */
export function listZip(bytes: Uint8Array, limits: Partial<ZipLimits> = {}, openNested = true): ArchiveListing {
  const bounds: ZipLimits = { ...DEFAULT_ZIP_LIMITS, ...limits };
  try {
    return listAt(bytes, 0, bounds, { entries: 0, nestedBytes: 0, openNested });
  } catch (error) {
    // Defence in depth: every read above is checked, but a listing must never throw.
    return unreadable(`unexpected error (${error instanceof Error ? error.message : "unknown"})`);
  }
}

function unreadable(reason: string): ArchiveListing {
  return { format: "zip", entries: [], truncated: false, unreadable: reason };
}

interface Directory {
  readonly count: number;
  readonly start: number;
  readonly end: number;
  /** Bytes prepended before the zip (self-extractors): add to every stored offset. */
  readonly shift: number;
}

function findDirectory(r: Reader): Directory | string {
  const length = r.bytes.length;
  if (length === 0) return "empty file";
  if (length < EOCD_SIZE) return "too short to be a zip";
  const lowest = Math.max(0, length - EOCD_SIZE - MAX_COMMENT);
  for (let at = length - EOCD_SIZE; at >= lowest; at -= 1) {
    if (r.u32(at) !== SIG_EOCD) continue;
    const found = directoryAt(r, at);
    if (typeof found !== "string") return found;
  }
  return "no end of central directory record (not a zip, or cut short)";
}

function directoryAt(r: Reader, eocd: number): Directory | string {
  let count = r.u16(eocd + 10)!;
  let size = r.u32(eocd + 12)!;
  let offset = r.u32(eocd + 16)!;
  // The directory ends where the end records begin: the EOCD, or the ZIP64 record before it.
  let end = eocd;
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (r.u32(locator) === SIG_ZIP64_LOCATOR) {
      let record = r.u64(locator + 8);
      // A self-extractor stub shifts the stored offset; the record usually sits right before.
      if (record === undefined || r.u32(record) !== SIG_ZIP64_EOCD) record = locator - 56;
      if (r.u32(record) !== SIG_ZIP64_EOCD) return "damaged ZIP64 record";
      const count64 = r.u64(record + 32);
      const size64 = r.u64(record + 40);
      const offset64 = r.u64(record + 48);
      if (count64 === undefined || size64 === undefined || offset64 === undefined) return "damaged ZIP64 record";
      [count, size, offset, end] = [count64, size64, offset64, record];
    }
  }
  const start = end - size;
  if (start < 0) return "central directory outside the file";
  // Usually start === offset; a self-extractor or a zip glued after other data shifts them.
  const shift = start - offset;
  if (count > 0 && r.u32(start) !== SIG_CENTRAL) return "central directory not found";
  return { count, start, end, shift };
}

function listAt(bytes: Uint8Array, depth: number, limits: ZipLimits, budget: Budget): ArchiveListing {
  const r = new Reader(bytes);
  const dir = findDirectory(r);
  if (typeof dir === "string") return unreadable(dir);
  const entries: ArchiveEntry[] = [];
  let truncated = false;
  let at = dir.start;
  for (let i = 0; i < dir.count; i += 1) {
    if (budget.entries >= limits.maxEntries) {
      truncated = true;
      break;
    }
    const record = readCentral(r, at, dir.end);
    if (record === undefined) {
      if (entries.length === 0) return unreadable("damaged central directory");
      truncated = true;
      break;
    }
    at = record.next;
    budget.entries += 1;
    if (record.path.endsWith("/") && record.size === 0) continue;
    const nested = budget.openNested && isZipName(record.path) && !record.encrypted ? openNested(r, record, dir.shift, depth, limits, budget) : undefined;
    if (nested === "skipped") truncated = true;
    entries.push({
      path: record.path,
      size: record.size,
      encrypted: record.encrypted,
      ...(nested !== undefined && nested !== "skipped" ? { listing: nested } : {}),
    });
  }
  return { format: "zip", entries, truncated };
}

interface CentralRecord {
  readonly path: string;
  readonly size: number;
  readonly compressedSize: number;
  readonly method: number;
  readonly localOffset: number;
  readonly encrypted: boolean;
  readonly next: number;
}

function readCentral(r: Reader, at: number, end: number): CentralRecord | undefined {
  if (at + CENTRAL_SIZE > end || r.u32(at) !== SIG_CENTRAL) return undefined;
  const flags = r.u16(at + 8)!;
  const method = r.u16(at + 10)!;
  let compressedSize = r.u32(at + 20)!;
  let size = r.u32(at + 24)!;
  const nameLength = r.u16(at + 28)!;
  const extraLength = r.u16(at + 30)!;
  const commentLength = r.u16(at + 32)!;
  let localOffset = r.u32(at + 42)!;
  const nameStart = at + CENTRAL_SIZE;
  const extraStart = nameStart + nameLength;
  const next = extraStart + extraLength + commentLength;
  if (next > end) return undefined;
  const rawName = r.bytes.subarray(nameStart, extraStart);
  let path = decodeEntryName(rawName, (flags & FLAG_UTF8) !== 0);
  // Extra fields: ZIP64 sizes / offset, and Info-ZIP's UTF-8 copy of a legacy-encoded name.
  for (let x = extraStart; x + 4 <= extraStart + extraLength; ) {
    const id = r.u16(x)!;
    const length = r.u16(x + 2)!;
    const data = x + 4;
    if (data + length > extraStart + extraLength) break;
    if (id === EXTRA_ZIP64) {
      let field = data;
      const take = (): number | undefined => {
        if (field + 8 > data + length) return undefined;
        const value = r.u64(field);
        field += 8;
        return value;
      };
      if (size === 0xffffffff) size = take() ?? size;
      if (compressedSize === 0xffffffff) compressedSize = take() ?? compressedSize;
      if (localOffset === 0xffffffff) localOffset = take() ?? localOffset;
    } else if (id === EXTRA_UNICODE_PATH && length > 5 && (flags & FLAG_UTF8) === 0 && r.bytes[data] === 1) {
      path = decodeUtf8(r.bytes.subarray(data + 5, data + length), true) ?? path;
    }
    x = data + length;
  }
  const encrypted =
    (flags & FLAG_ENCRYPTED) !== 0 || (flags & FLAG_STRONG_ENCRYPTION) !== 0 || method === METHOD_AES;
  return { path, size, compressedSize, method, localOffset, encrypted, next };
}

function isZipName(path: string): boolean {
  return /\.zip$/i.test(path);
}

/**
 * The listing of a nested zip; "skipped" when a bound stopped us (the caller marks its listing
 * truncated); an unreadable listing when the bytes are damaged or use a method we do not read.
 */
function openNested(
  r: Reader,
  record: CentralRecord,
  shift: number,
  depth: number,
  limits: ZipLimits,
  budget: Budget,
): ArchiveListing | "skipped" {
  const largest = Math.max(record.size, record.compressedSize);
  if (depth >= limits.maxDepth || largest > limits.nestedMaxBytes) return "skipped";
  if (budget.nestedBytes + largest > limits.totalNestedBytes) return "skipped";
  const local = record.localOffset + shift;
  if (local + LOCAL_SIZE > r.bytes.length || r.u32(local) !== SIG_LOCAL) return unreadable("local header not found");
  const dataStart = local + LOCAL_SIZE + r.u16(local + 26)! + r.u16(local + 28)!;
  const dataEnd = dataStart + record.compressedSize;
  if (dataEnd > r.bytes.length) return unreadable("entry data outside the file");
  const compressed = r.bytes.subarray(dataStart, dataEnd);
  budget.nestedBytes += largest;
  let inner: Uint8Array;
  if (record.method === METHOD_STORED) inner = compressed;
  else if (record.method === METHOD_DEFLATE) {
    // The declared size bounds the output: a stream that inflates past it is lying.
    const result = inflateBounded(compressed, record.size);
    if (!result.ok) return unreadable(result.reason);
    inner = result.data;
  } else return unreadable(`compression method ${record.method} not supported`);
  return listAt(inner, depth + 1, limits, budget);
}
