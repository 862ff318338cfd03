/**
 * A tiny zip writer for tests that need what fflate's zipSync will not produce: legacy
 * (non-UTF-8) names, encryption flags, AES method ids, lying sizes, ZIP64 fields.
 * Data is always written as given (stored unless `method` says otherwise).
 */
export interface TestEntry {
  name: string | Uint8Array;
  data?: Uint8Array;
  flags?: number;
  method?: number;
  /** Declared sizes in the central directory (default: data.length). */
  size?: number;
  compressedSize?: number;
  /** Extra field bytes for the central directory record. */
  extra?: Uint8Array;
  /** Point the central record at another entry's local header (overlapping entries). */
  localOffsetOf?: number;
}

export interface BuildOptions {
  /** Bytes glued in front of the zip (a self-extractor stub). */
  prefix?: Uint8Array;
  comment?: string;
  /** Write 0xFFFF / 0xFFFFFFFF in the EOCD and add ZIP64 end records. */
  zip64?: boolean;
}

class Out {
  bytes: number[] = [];
  u16(v: number): void {
    this.bytes.push(v & 0xff, (v >>> 8) & 0xff);
  }
  u32(v: number): void {
    this.bytes.push(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff);
  }
  u64(v: number): void {
    this.u32(v % 0x100000000);
    this.u32(Math.floor(v / 0x100000000));
  }
  raw(b: Uint8Array | number[]): void {
    for (const x of b) this.bytes.push(x);
  }
}

export function nameBytes(name: string | Uint8Array): Uint8Array {
  return typeof name === "string" ? new TextEncoder().encode(name) : name;
}

export function buildZip(entries: TestEntry[], options: BuildOptions = {}): Uint8Array {
  const out = new Out();
  if (options.prefix) out.raw(options.prefix);
  const offsets: number[] = [];
  for (const e of entries) {
    const data = e.data ?? new Uint8Array(0);
    const name = nameBytes(e.name);
    offsets.push(out.bytes.length);
    out.u32(0x04034b50);
    out.u16(20);
    out.u16(e.flags ?? 0);
    out.u16(e.method ?? 0);
    out.u32(0); // time + date
    out.u32(0); // crc (never checked by the lister)
    out.u32(data.length);
    out.u32(data.length);
    out.u16(name.length);
    out.u16(0);
    out.raw(name);
    out.raw(data);
  }
  const cdStart = out.bytes.length;
  entries.forEach((e, i) => {
    const data = e.data ?? new Uint8Array(0);
    const name = nameBytes(e.name);
    const extra = e.extra ?? new Uint8Array(0);
    const prefixLength = options.prefix?.length ?? 0;
    out.u32(0x02014b50);
    out.u16(20);
    out.u16(20);
    out.u16(e.flags ?? 0);
    out.u16(e.method ?? 0);
    out.u32(0);
    out.u32(0);
    out.u32(e.compressedSize ?? data.length);
    out.u32(e.size ?? data.length);
    out.u16(name.length);
    out.u16(extra.length);
    out.u16(0);
    out.u16(0);
    out.u16(0);
    out.u32(0);
    // Offsets are relative to the zip's start, as a self-extractor's would be.
    out.u32(offsets[e.localOffsetOf ?? i] - prefixLength);
    out.raw(name);
    out.raw(extra);
  });
  const cdSize = out.bytes.length - cdStart;
  const cdOffset = cdStart - (options.prefix?.length ?? 0);
  if (options.zip64) {
    const record = out.bytes.length - (options.prefix?.length ?? 0);
    out.u32(0x06064b50);
    out.u64(44);
    out.u16(45);
    out.u16(45);
    out.u32(0);
    out.u32(0);
    out.u64(entries.length);
    out.u64(entries.length);
    out.u64(cdSize);
    out.u64(cdOffset);
    out.u32(0x07064b50);
    out.u32(0);
    out.u64(record);
    out.u32(1);
  }
  const comment = new TextEncoder().encode(options.comment ?? "");
  out.u32(0x06054b50);
  out.u16(0);
  out.u16(0);
  out.u16(options.zip64 ? 0xffff : entries.length);
  out.u16(options.zip64 ? 0xffff : entries.length);
  out.u32(options.zip64 ? 0xffffffff : cdSize);
  out.u32(options.zip64 ? 0xffffffff : cdOffset);
  out.u16(comment.length);
  out.raw(comment);
  return Uint8Array.from(out.bytes);
}

/** A ZIP64 extended-information extra field carrying the given 64-bit values. */
export function zip64Extra(...values: number[]): Uint8Array {
  const out = new Out();
  out.u16(0x0001);
  out.u16(values.length * 8);
  for (const v of values) out.u64(v);
  return Uint8Array.from(out.bytes);
}
