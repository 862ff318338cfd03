/**
 * Sizes as mail servers count them. Servers enforce limits on the MIME-encoded message, not on
 * the files: base64 turns every 3 bytes into 4 characters and breaks lines with CRLF every 76
 * characters, so a file grows by about 4/3 × 78/76 ≈ 1.368 on the wire (DESIGN.md §4).
 */
import type { Locale } from "../../engine/rule";
import type { Attachment } from "../../engine/snapshot";

const KB = 1024;
const MB = 1024 * KB;
const GB = 1024 * MB;

/** Characters per base64 line before the CRLF (RFC 2045 allows at most 76). */
const BASE64_LINE = 76;

/** Bytes on the wire for `raw` bytes sent as base64 with CRLF after every 76 characters. */
export function encodedSize(raw: number): number {
  if (!Number.isFinite(raw) || raw <= 0) return 0;
  const chars = Math.ceil(raw / 3) * 4;
  const lines = Math.ceil(chars / BASE64_LINE);
  return chars + 2 * lines;
}

/**
 * Encoded bytes one attachment adds to the message, or 0 when it adds none or we cannot know.
 * - cloud attachments travel as a link in the body: nothing on the wire;
 * - attached Outlook items go as message/rfc822, which MIME forbids to base64 again (RFC 2046
 *   §5.2.1): their own parts are already encoded, so the reported size is used as is;
 * - a size of 0 means "unknown until saved" (inline images, .msg): callers count those apart.
 */
export function wireSize(attachment: Attachment): number {
  if (attachment.kind === "cloud" || !(attachment.size > 0)) return 0;
  if (attachment.kind === "item") return Math.ceil(attachment.size);
  return encodedSize(attachment.size);
}

/** Number of UTF-8 bytes of a string, without TextEncoder (not in every runtime we target). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

const BYTE_UNIT: Record<Locale, string> = { "zh-CN": "字节", "zh-TW": "位元組", "en-US": "B" };

/**
 * "18.9 MB": binary units (1 MB = 1024 × 1024 bytes, as Outlook and Windows show them), one
 * decimal, ".0" dropped so limits read "25 MB". KB under 1 MB, bytes under 1 KB. Only the byte
 * unit depends on the locale; rules call this without one so their data is locale-free.
 */
export function formatSize(bytes: number, locale?: Locale, decimals = 1): string {
  const value = Number.isFinite(bytes) && bytes > 0 ? bytes : 0;
  if (value < KB) return `${Math.round(value)} ${BYTE_UNIT[locale ?? "en-US"]}`;
  const units: readonly [number, string][] = [
    [KB, "KB"],
    [MB, "MB"],
    [GB, "GB"],
  ];
  let index = value >= GB ? 2 : value >= MB ? 1 : 0;
  let shown = round(value / units[index][0], decimals);
  // 1023.96 KB rounds to "1024 KB": show it as "1 MB" instead.
  if (shown >= 1024 && index < units.length - 1) {
    index += 1;
    shown = round(value / units[index][0], decimals);
  }
  return `${trimZeros(shown.toFixed(decimals))} ${units[index][1]}`;
}

/**
 * `formatSize` for a size that is compared with a limit: adds decimals (up to 3) until the two
 * read differently, so a message never says "25 MB when sent; limit 25 MB".
 */
export function formatSizePair(size: number, limit: number): { size: string; limit: string } {
  let decimals = 1;
  while (decimals < 3 && formatSize(size, undefined, decimals) === formatSize(limit, undefined, decimals)) {
    decimals += 1;
  }
  return { size: formatSize(size, undefined, decimals), limit: formatSize(limit, undefined, decimals) };
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

function trimZeros(fixed: string): string {
  return fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
}

/** The data every size finding carries: shown sizes for the message, bytes for tools. */
export function sizeData(
  raw: number,
  encoded: number,
  limit: number,
): { size: string; encoded: string; limit: string; sizeBytes: number; encodedBytes: number; limitBytes: number } {
  const pair = formatSizePair(encoded, limit);
  return {
    size: formatSize(raw),
    encoded: pair.size,
    limit: pair.limit,
    sizeBytes: raw,
    encodedBytes: encoded,
    limitBytes: limit,
  };
}

/** Why an archive's content was not read, in the same words whichever adapter skipped it. */
export function archiveTooLargeToList(size: number, maxBytes: number): string {
  return `archive is ${formatSize(size)}, over the ${formatSize(maxBytes)} listing limit`;
}
