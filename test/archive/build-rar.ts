/**
 * Minimal RAR 4 and RAR 5 files, built byte by byte from the published format descriptions
 * (RARLAB's technote.txt for RAR 4, "RAR 5.0 archive format" for RAR 5): entries stored
 * uncompressed, with valid header and data CRCs. RAR's own tool is non-free, so the tests build
 * these instead of committing WinRAR output; 7-Zip lists them like any other RAR file.
 */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const le = (value: number, width: number): number[] => Array.from({ length: width }, (_, i) => Math.floor(value / 2 ** (8 * i)) & 0xff);
const utf8 = (text: string): number[] => [...Buffer.from(text, "utf8")];
const bytesOf = (content: string | Uint8Array): Uint8Array => (typeof content === "string" ? new Uint8Array(Buffer.from(content)) : content);

export interface RarOptions {
  /** Set the "headers encrypted" mark (RAR 4 main-header flag 0x0080, RAR 5 encryption header). */
  readonly encryptedHeaders?: boolean;
}

/** RAR 4 (1.5–4.x format): marker, main header, one stored file header per entry, end block. */
export function buildRar4(files: Readonly<Record<string, string | Uint8Array>>, options: RarOptions = {}): Uint8Array {
  const out: number[] = [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x00];
  const block = (type: number, flags: number, rest: number[]): void => {
    const body = [type, ...le(flags, 2), ...le(7 + rest.length, 2), ...rest];
    out.push(...le(crc32(Uint8Array.from(body)) & 0xffff, 2), ...body);
  };
  block(0x73, options.encryptedHeaders ? 0x0080 : 0, [0, 0, 0, 0, 0, 0]);
  for (const [name, content] of Object.entries(files)) {
    const data = bytesOf(content);
    const nameBytes = utf8(name);
    // LONG_BLOCK (0x8000): the data follows the header; UNICODE names are not needed for ASCII.
    block(0x74, 0x8000, [
      ...le(data.length, 4),
      ...le(data.length, 4),
      2, // host OS: Windows
      ...le(crc32(data), 4),
      ...le(0x5a8c0000, 4), // DOS time
      20, // version needed: 2.0
      0x30, // method: store
      ...le(nameBytes.length, 2),
      ...le(0x20, 4), // attributes: archive
      ...nameBytes,
    ]);
    out.push(...data);
  }
  block(0x7b, 0x4000, []);
  return Uint8Array.from(out);
}

function vint(value: number): number[] {
  const out: number[] = [];
  let rest = value;
  do {
    let byte = rest % 128;
    rest = Math.floor(rest / 128);
    if (rest > 0) byte |= 0x80;
    out.push(byte);
  } while (rest > 0);
  return out;
}

/** RAR 5: signature, main header, one stored file header per entry, end header. */
export function buildRar5(files: Readonly<Record<string, string | Uint8Array>>, options: RarOptions = {}): Uint8Array {
  const out: number[] = [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00];
  const header = (fields: number[]): void => {
    const sized = [...vint(fields.length), ...fields];
    out.push(...le(crc32(Uint8Array.from(sized)), 4), ...sized);
  };
  if (options.encryptedHeaders) {
    // Archive encryption header (type 4): version 0, no flags, KDF count 15, salt. Nothing
    // after it is readable without the password, so random bytes stand in for the rest.
    header([4, 0, 0, 0, 15, ...Array.from({ length: 16 }, (_, i) => i * 7)]);
    out.push(...Array.from({ length: 64 }, (_, i) => (i * 37) & 0xff));
    return Uint8Array.from(out);
  }
  header([1, 0, 0]); // main archive header: type 1, no header flags, no archive flags
  for (const [name, content] of Object.entries(files)) {
    const data = bytesOf(content);
    const nameBytes = utf8(name);
    header([
      2, // file header
      0x02, // header flags: data area present
      ...vint(data.length),
      0x04, // file flags: CRC32 present
      ...vint(data.length),
      ...vint(0x20), // attributes
      ...le(crc32(data), 4),
      0, // compression: version 0, store
      0, // host OS: Windows
      ...vint(nameBytes.length),
      ...nameBytes,
    ]);
    out.push(...data);
  }
  header([5, 0, 0]); // end of archive
  return Uint8Array.from(out);
}
