/**
 * How big a .7z file's header is once unpacked, read before 7-Zip opens it. 7-Zip parses the
 * whole header (every name, size and time) before it lists a single entry, and that call cannot
 * be interrupted; a 7z's header is usually LZMA-compressed, so a small file can carry millions of
 * names (a 48 KB file holds 100,000). Reading the header's declared unpacked size first bounds
 * that work. This walks the "encoded header" record far enough to read its sizes — it decodes
 * nothing.
 *
 * Layout (7-Zip's 7zFormat.txt): a 32-byte signature header gives the next header's offset and
 * size; that header starts with kHeader (plain) or kEncodedHeader, whose StreamsInfo declares
 * the unpacked sizes of the folder that holds the real header.
 */

const K_END = 0x00;
const K_HEADER = 0x01;
const K_PACK_INFO = 0x06;
const K_UNPACK_INFO = 0x07;
const K_SIZE = 0x09;
const K_FOLDER = 0x0b;
const K_CODERS_UNPACK_SIZE = 0x0c;
const K_ENCODED_HEADER = 0x17;
const SIGNATURE_HEADER = 32;
/** No real header has this many folders or coders; more means a hostile or damaged file. */
const MAX_ITEMS = 64;

class Cursor {
  constructor(
    private readonly bytes: Uint8Array,
    public at: number,
  ) {}
  byte(): number {
    if (this.at >= this.bytes.length) throw new RangeError("header cut short");
    return this.bytes[this.at++];
  }
  /** 7z's variable-length number: the leading 1 bits of the first byte count the extra bytes. */
  number(): number {
    const first = this.byte();
    let mask = 0x80;
    let value = 0;
    for (let i = 0; i < 8; i += 1) {
      if ((first & mask) === 0) return value + (first & (mask - 1)) * 2 ** (8 * i);
      value += this.byte() * 2 ** (8 * i);
      mask >>= 1;
    }
    return value;
  }
  small(): number {
    const value = this.number();
    if (value > MAX_ITEMS) throw new RangeError("implausible count");
    return value;
  }
  skip(count: number): void {
    if (this.at + count > this.bytes.length) throw new RangeError("header cut short");
    this.at += count;
  }
}

function u32(bytes: Uint8Array, at: number): number {
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16)) + bytes[at + 3] * 0x1000000;
}

/**
 * The header's unpacked size in bytes, or undefined when the file is not laid out as 7-Zip
 * describes (7-Zip itself then reports it damaged, cheaply).
 */
export function sevenZipHeaderSize(bytes: Uint8Array): number | undefined {
  return readHeader(bytes)?.size;
}

/** AES-256 + SHA-256, 7-Zip's only encryption method: on the header, the names are encrypted. */
const AES_ID = [0x06, 0xf1, 0x07, 0x01];

/**
 * Whether the header itself is encrypted (7z -mhe=on). 7-Zip cannot list such a file, and
 * asking it to would only fail (its wasm build then throws instead of reporting).
 */
export function sevenZipHeadersEncrypted(bytes: Uint8Array): boolean {
  return readHeader(bytes)?.encrypted === true;
}

function readHeader(bytes: Uint8Array): { size: number; encrypted: boolean } | undefined {
  if (bytes.length < SIGNATURE_HEADER) return undefined;
  const offset = u32(bytes, 12) + u32(bytes, 16) * 0x100000000;
  const size = u32(bytes, 20) + u32(bytes, 24) * 0x100000000;
  const start = SIGNATURE_HEADER + offset;
  if (size === 0 || start + size > bytes.length) return undefined;
  try {
    const cursor = new Cursor(bytes, start);
    const kind = cursor.byte();
    if (kind === K_HEADER) return { size, encrypted: false };
    if (kind !== K_ENCODED_HEADER) return undefined;
    const coders: number[][] = [];
    const unpacked = encodedUnpackSize(cursor, coders);
    if (unpacked === undefined) return undefined;
    return { size: unpacked, encrypted: coders.some((id) => id.length === AES_ID.length && id.every((b, i) => b === AES_ID[i])) };
  } catch {
    return undefined;
  }
}

/** StreamsInfo: skip PackInfo, then add up every folder's declared unpacked sizes. */
function encodedUnpackSize(cursor: Cursor, coders: number[][]): number | undefined {
  let id = cursor.byte();
  if (id === K_PACK_INFO) {
    cursor.number(); // pack position
    const streams = cursor.small();
    for (id = cursor.byte(); id !== K_END; id = cursor.byte()) {
      if (id === K_SIZE) for (let i = 0; i < streams; i += 1) cursor.number();
      else return undefined; // CRCs of packed streams are not written by 7-Zip; stay strict
    }
    id = cursor.byte();
  }
  if (id !== K_UNPACK_INFO || cursor.byte() !== K_FOLDER) return undefined;
  const folders = cursor.small();
  if (cursor.byte() !== 0) return undefined; // "external" folders: not written by any 7-Zip
  const outputs: number[] = [];
  for (let f = 0; f < folders; f += 1) outputs.push(folderOutputs(cursor, coders));
  if (cursor.byte() !== K_CODERS_UNPACK_SIZE) return undefined;
  let total = 0;
  for (const count of outputs) for (let i = 0; i < count; i += 1) total += cursor.number();
  return total;
}

/** One folder's coders; returns how many output streams (hence unpack sizes) it declares. */
function folderOutputs(cursor: Cursor, ids: number[][]): number {
  const coders = cursor.small();
  let inputs = 0;
  let outputs = 0;
  for (let c = 0; c < coders; c += 1) {
    const flags = cursor.byte();
    const id: number[] = [];
    for (let i = 0; i < (flags & 0x0f); i += 1) id.push(cursor.byte());
    ids.push(id);
    if ((flags & 0x10) !== 0) {
      inputs += cursor.small();
      outputs += cursor.small();
    } else {
      inputs += 1;
      outputs += 1;
    }
    if ((flags & 0x20) !== 0) cursor.skip(cursor.number()); // codec properties
  }
  const bindPairs = outputs - 1;
  for (let b = 0; b < bindPairs; b += 1) {
    cursor.number();
    cursor.number();
  }
  const packed = inputs - bindPairs;
  if (packed > 1) for (let p = 0; p < packed; p += 1) cursor.number();
  return outputs;
}
