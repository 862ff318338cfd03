/**
 * Just enough MIME reading on raw bytes for the repair step: header blocks, the few header
 * values that decide how a part is decoded, multipart boundaries, and transfer decoding of a
 * sample. postal-mime does the real parse afterwards; this only has to find what to fix.
 */

const LF = 0x0a;
const CR = 0x0d;
const DASH = 0x2d;

export interface HeaderField {
  /** Lowercased field name; "" for a line that is not a field (no colon). */
  readonly name: string;
  /** Byte range of the field, continuation lines included, final line break excluded. */
  readonly start: number;
  readonly end: number;
}

export interface HeaderBlock {
  readonly start: number;
  /** End of the last header line (before the blank line). */
  readonly end: number;
  /** First byte of the body (after the blank line), or the part's end when there is none. */
  readonly bodyStart: number;
  readonly fields: readonly HeaderField[];
  /** A line with no colon continues a field whose encoded word was split without folding whitespace. */
  readonly brokenFold: boolean;
}

/** End of the line starting at `pos` (excluding CR/LF) and the start of the next one. */
export function lineAt(bytes: Uint8Array, pos: number, limit: number): { end: number; next: number } {
  let lf = bytes.indexOf(LF, pos);
  if (lf < 0 || lf >= limit) lf = limit;
  let end = lf;
  if (end > pos && bytes[end - 1] === CR) end--;
  return { end, next: Math.min(lf + 1, limit) };
}

export function latin1(bytes: Uint8Array, start: number, end: number): string {
  let out = "";
  // Chunked so a long header line does not overflow the argument list of fromCharCode.
  for (let i = start; i < end; i += 8192) {
    out += String.fromCharCode(...bytes.subarray(i, Math.min(end, i + 8192)));
  }
  return out;
}

/** A field ending inside an encoded word: the next line, if it has no colon, is its broken-off rest. */
export const UNCLOSED_ENCODED_WORD = /=\?[^?\s]+\?[QqBb]\?[^?\s]*$/;

/** postal-mime refuses more header bytes than this (its default maxHeadersSize); reading on would be wasted. */
const MAX_HEADER_BYTES = 2 * 1024 * 1024;

export function readHeaderBlock(bytes: Uint8Array, start: number, limit: number): HeaderBlock {
  const fields: { name: string; start: number; end: number }[] = [];
  // Start of the last line of the field before: the unclosed-word pattern cannot match across a
  // line break, so only that line needs testing. Testing the whole field made a long run of
  // colon-less lines after a broken encoded word cost time quadratic in its length.
  let lastLineStart = start;
  let brokenFold = false;
  let pos = start;
  let end = start;
  while (pos < limit) {
    if (pos - start > MAX_HEADER_BYTES) return { start, end: start, bodyStart: limit, fields: [], brokenFold: false };
    const line = lineAt(bytes, pos, limit);
    if (line.end === pos) {
      return { start, end, bodyStart: line.next, fields, brokenFold };
    }
    const first = bytes[pos];
    const previous = fields[fields.length - 1];
    if (previous && (first === 0x20 || first === 0x09)) {
      previous.end = line.end;
      lastLineStart = pos;
    } else {
      // Searched within the line only: a long run of colon-less lines must not rescan the rest of the file.
      const found = bytes.subarray(pos, line.end).indexOf(0x3a);
      const colon = pos + found;
      const hasColon = found >= 0;
      if (!hasColon && previous && UNCLOSED_ENCODED_WORD.test(latin1(bytes, lastLineStart, previous.end))) {
        previous.end = line.end;
        brokenFold = true;
      } else {
        const name = hasColon ? latin1(bytes, pos, colon).trim().toLowerCase() : "";
        fields.push({ name, start: pos, end: line.end });
      }
      lastLineStart = pos;
    }
    end = line.end;
    pos = line.next;
  }
  return { start, end, bodyStart: limit, fields, brokenFold };
}

/** Unfolded value of the first field with that name, as Latin-1 text (these values are ASCII). */
export function fieldValue(bytes: Uint8Array, block: HeaderBlock, name: string): string | undefined {
  const field = block.fields.find((f) => f.name === name);
  if (!field) return undefined;
  const text = latin1(bytes, field.start, field.end);
  return text.slice(text.indexOf(":") + 1).replace(/\r?\n[ \t]*/g, " ").trim();
}

export interface StructuredValue {
  /** Lowercased type or disposition token. */
  readonly value: string;
  readonly params: ReadonlyMap<string, string>;
}

export function parseStructured(raw: string | undefined): StructuredValue {
  const text = raw ?? "";
  const semicolon = text.indexOf(";");
  const value = (semicolon < 0 ? text : text.slice(0, semicolon)).trim().toLowerCase();
  const params = new Map<string, string>();
  const pattern = /;\s*([^\s=;]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;\s]*)/g;
  for (const m of text.matchAll(pattern)) {
    const key = m[1].toLowerCase();
    const val = m[2].startsWith('"') ? m[2].slice(1, -1).replace(/\\(.)/g, "$1") : m[2];
    if (!params.has(key)) params.set(key, val);
  }
  return { value, params };
}

export interface Delimiters {
  /** Start of each part's first byte (after its delimiter line). */
  readonly parts: readonly { start: number; end: number }[];
  /** Whether the closing delimiter ("--boundary--") was seen. */
  readonly closed: boolean;
}

/** Splits a multipart body at its boundary lines; `parts` is empty when the boundary never occurs. */
export function splitMultipart(bytes: Uint8Array, start: number, limit: number, boundary: string): Delimiters {
  const marker = Uint8Array.from(boundary, (c) => c.charCodeAt(0) & 0xff);
  const parts: { start: number; end: number }[] = [];
  let open = -1;
  // Jump from dash to dash with the native search: base64 has none, so a large attachment is skipped, not walked line by line.
  for (let pos = bytes.indexOf(DASH, start); pos >= 0 && pos < limit; pos = bytes.indexOf(DASH, pos + 1)) {
    const atLineStart = pos === start || bytes[pos - 1] === LF;
    if (!atLineStart || bytes[pos + 1] !== DASH) continue;
    const line = lineAt(bytes, pos, limit);
    const kind = delimiterKind(bytes, pos + 2, line.end, marker);
    if (kind) {
      if (open >= 0) parts.push({ start: open, end: pos });
      if (kind === "close") return { parts, closed: true };
      open = line.next;
    }
    pos = line.next - 1;
  }
  if (open >= 0) parts.push({ start: open, end: limit });
  return { parts, closed: false };
}

function delimiterKind(bytes: Uint8Array, pos: number, end: number, marker: Uint8Array): "open" | "close" | undefined {
  if (end - pos < marker.length) return undefined;
  for (let j = 0; j < marker.length; j++) if (bytes[pos + j] !== marker[j]) return undefined;
  let rest = pos + marker.length;
  let kind: "open" | "close" = "open";
  if (bytes[rest] === DASH && bytes[rest + 1] === DASH && rest + 1 < end) {
    kind = "close";
    rest += 2;
  }
  // RFC 2046 allows trailing whitespace after a delimiter, nothing else.
  for (; rest < end; rest++) if (bytes[rest] !== 0x20 && bytes[rest] !== 0x09) return undefined;
  return kind;
}

const PART_HEADERS = ["content-type", "content-disposition"].map((name) => Uint8Array.from(name, (c) => c.charCodeAt(0)));

/**
 * Whether a body has lines that start like MIME part headers. Reading a multipart as text is
 * only safe when it does not: should our boundary reading ever differ from postal-mime's, a
 * real attachment must not be turned into body text and so hidden from the rules.
 */
export function hasPartHeaderLines(bytes: Uint8Array, start: number, end: number): boolean {
  for (let pos = start; pos < end; ) {
    if ((bytes[pos] | 0x20) === 0x63 && PART_HEADERS.some((name) => startsWithIgnoringCase(bytes, pos, name))) return true;
    pos = lineAt(bytes, pos, end).next;
  }
  return false;
}

function startsWithIgnoringCase(bytes: Uint8Array, pos: number, ascii: Uint8Array): boolean {
  for (let j = 0; j < ascii.length; j++) {
    const c = bytes[pos + j];
    if (c === undefined || (c >= 0x41 && c <= 0x5a ? c | 0x20 : c) !== ascii[j]) return false;
  }
  return true;
}

/** The body bytes as the content would read after transfer decoding, at most `cap` of them. */
export function transferDecode(bytes: Uint8Array, start: number, end: number, encoding: string, cap: number): Uint8Array {
  const slice = bytes.subarray(start, Math.min(end, start + cap * 2));
  if (encoding === "base64") return decodeBase64(slice).subarray(0, cap);
  if (encoding === "quoted-printable") return decodeQuotedPrintable(slice).subarray(0, cap);
  return slice.subarray(0, cap);
}

const BASE64_VALUES = new Int16Array(256).fill(-1);
"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".split("").forEach((c, i) => {
  BASE64_VALUES[c.charCodeAt(0)] = i;
});

export function decodeBase64(input: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.floor((input.length * 3) / 4) + 3);
  let n = 0;
  let acc = 0;
  let bits = 0;
  for (const byte of input) {
    const v = BASE64_VALUES[byte];
    if (v < 0) continue;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}

export function decodeQuotedPrintable(input: Uint8Array): Uint8Array {
  const out = new Uint8Array(input.length);
  let n = 0;
  for (let i = 0; i < input.length; i++) {
    const byte = input[i];
    if (byte === 0x3d) {
      const high = hex(input[i + 1]);
      const low = hex(input[i + 2]);
      if (high >= 0 && low >= 0) {
        out[n++] = (high << 4) | low;
        i += 2;
        continue;
      }
      // Soft line break: "=" at the end of a line joins it to the next.
      if (input[i + 1] === LF || (input[i + 1] === CR && input[i + 2] === LF)) {
        i += input[i + 1] === CR ? 2 : 1;
        continue;
      }
    }
    out[n++] = byte;
  }
  return out.subarray(0, n);
}

function hex(c: number | undefined): number {
  if (c === undefined) return -1;
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

/**
 * True when base64 content stops inside a 4-character group: the file was cut off. Content
 * with other characters is not base64 at all (mailers label raw text base64 too), so it says nothing.
 */
export function base64Truncated(bytes: Uint8Array, start: number, end: number): boolean {
  let count = 0;
  for (let i = start; i < end; i++) {
    const c = bytes[i];
    if (BASE64_VALUES[c] >= 0 || c === 0x3d) count++;
    else if (c !== 0x0a && c !== 0x0d && c !== 0x20 && c !== 0x09) return false;
  }
  return count % 4 !== 0;
}
