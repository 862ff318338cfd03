/**
 * Which bytes are an archive, and of what kind. The bytes decide (a renamed archive is still an
 * archive, and a ".zip" that is not one must not be fed to the zip reader); the name decides only
 * which attachments are worth fetching and reading at all.
 */

/** Formats by their file extension; "z" is Unix compress, "lzh"/"lha" the LHarc family. */
const BY_EXTENSION: Readonly<Record<string, string>> = {
  zip: "zip",
  jar: "zip",
  apk: "zip",
  "7z": "7z",
  tar: "tar",
  gz: "gzip",
  tgz: "gzip",
  bz2: "bzip2",
  tbz: "bzip2",
  tbz2: "bzip2",
  xz: "xz",
  txz: "xz",
  lzma: "lzma",
  z: "z",
  rar: "rar",
  cab: "cab",
  arj: "arj",
  lzh: "lzh",
  lha: "lzh",
  ace: "ace",
};

/**
 * Formats that Microsoft 365's default common attachment filter refuses outright (DESIGN.md §8's
 * EOP list: ace, arj, lha, lzh, xz, z) and that few gateway scanners unpack: the recipient's
 * filter will not look inside, so whatever it carries is taken on trust or dropped.
 * attachment-archive-unscannable names them. (.cab is refused as a blocked type already.)
 */
export const RISKY_ARCHIVE_FORMATS: ReadonlySet<string> = new Set(["ace", "arj", "lzh", "xz", "z"]);

/** Single-file compressors: one stream whose content is another file (often a tar). */
export const SINGLE_STREAM_FORMATS: ReadonlySet<string> = new Set(["gzip", "bzip2", "xz", "lzma", "z"]);

/** The last extension, lowercase, without the trailing dots and blanks Windows drops. */
function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\")) + 1).replace(/[.\s\u3000]+$/u, "");
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}

/** The archive format a name announces, or undefined. */
export function formatByName(name: string): string | undefined {
  const ext = extensionOf(name);
  return Object.prototype.hasOwnProperty.call(BY_EXTENSION, ext) ? BY_EXTENSION[ext] : undefined;
}

/** Whether an attachment is worth fetching to list: its name says archive. */
export function isArchiveName(name: string): boolean {
  return formatByName(name) !== undefined;
}

function startsWith(bytes: Uint8Array, at: number, signature: readonly number[]): boolean {
  if (bytes.length < at + signature.length) return false;
  return signature.every((byte, i) => bytes[at + i] === byte);
}

function ascii(text: string): number[] {
  return Array.from(text, (c) => c.charCodeAt(0));
}

/** The format the bytes' signature shows, or undefined when none of ours matches. */
export function formatByMagic(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, 0, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, 0, [0x50, 0x4b, 0x05, 0x06])) return "zip";
  if (startsWith(bytes, 0, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return "7z";
  if (startsWith(bytes, 0, ascii("Rar!\x1a\x07"))) return "rar";
  if (startsWith(bytes, 0, [0x1f, 0x8b])) return "gzip";
  if (startsWith(bytes, 0, ascii("BZh"))) return "bzip2";
  if (startsWith(bytes, 0, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])) return "xz";
  if (startsWith(bytes, 0, [0x1f, 0x9d])) return "z";
  if (startsWith(bytes, 0, ascii("MSCF"))) return "cab";
  if (startsWith(bytes, 0, [0x60, 0xea])) return "arj";
  if (startsWith(bytes, 7, ascii("**ACE**"))) return "ace";
  // LHarc: "-lh?-" or "-lz?-" two bytes in, after the header size and checksum.
  if (bytes.length > 7 && bytes[2] === 0x2d && bytes[3] === 0x6c && (bytes[4] === 0x68 || bytes[4] === 0x7a) && bytes[6] === 0x2d) return "lzh";
  if (startsWith(bytes, 257, ascii("ustar"))) return "tar";
  return undefined;
}

/**
 * What to read the bytes as: their signature, else the name (old tar files and raw LZMA streams
 * have no signature). Undefined: not an archive we know, by bytes or by name.
 */
export function archiveFormat(bytes: Uint8Array, name: string): string | undefined {
  return formatByMagic(bytes) ?? formatByName(name);
}

/** RAR 5's variable-length integer: 7 bits per byte, low bits first. */
function vint(bytes: Uint8Array, at: number): { value: number; next: number } | undefined {
  let value = 0;
  for (let i = 0; i < 8 && at + i < bytes.length; i += 1) {
    value += (bytes[at + i] & 0x7f) * 2 ** (7 * i);
    if ((bytes[at + i] & 0x80) === 0) return { value, next: at + i + 1 };
  }
  return undefined;
}

/**
 * Whether a RAR file encrypts its headers (WinRAR's "encrypt file names", `rar -hp`): then no
 * name can be read without the password. RAR 5 starts with an "archive encryption header"
 * (type 4); RAR 4's main header carries flag 0x0080. 7-Zip fails on such a file without a
 * password, so it is recognised here first.
 */
export function rarHeadersEncrypted(bytes: Uint8Array): boolean {
  if (startsWith(bytes, 0, ascii("Rar!\x1a\x07\x01\x00"))) {
    const size = vint(bytes, 8 + 4);
    const type = size ? vint(bytes, size.next) : undefined;
    return type?.value === 4;
  }
  if (startsWith(bytes, 0, ascii("Rar!\x1a\x07\x00"))) {
    return bytes.length >= 7 + 5 && bytes[7 + 2] === 0x73 && (bytes[7 + 3] & 0x80) !== 0;
  }
  return false;
}

/** Signatures long enough that a file starting with them is that archive, whatever its name. */
const TRUSTED_SIGNATURES: ReadonlySet<string> = new Set(["zip", "7z", "rar"]);

/**
 * Whether an attachment's bytes are worth listing: named like an archive, or carrying a zip, 7z
 * or rar signature (a renamed archive). Two-byte signatures (gzip, arj) alone are not enough:
 * any binary file may start with them.
 */
export function shouldList(name: string, bytes: Uint8Array): boolean {
  const magic = formatByMagic(bytes);
  return isArchiveName(name) || (magic !== undefined && TRUSTED_SIGNATURES.has(magic));
}

/**
 * Whether a listing belongs to an archive the user sent as one: named like an archive, or a
 * renamed 7z / rar. An Office document is a zip too; its listing's gaps are not "an archive not
 * checked".
 */
export function isListedArchive(name: string, listing: { readonly format: string }): boolean {
  return isArchiveName(name) || (listing.format !== "zip" && listing.format !== "unknown");
}
