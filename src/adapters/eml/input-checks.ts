/**
 * Refuses what is not a message before any parsing: postal-mime accepts anything (a PDF, a
 * picture, an empty file) and returns an empty message, which the engine would then "pass".
 */

/** The header region inspected for the binary and header-line checks. */
const SNIFF_BYTES = 8 * 1024;
/** A header field name (printable ASCII except ":") followed by a colon. */
const HEADER_LINE = /^[\x21-\x39\x3b-\x7e]+[ \t]*:/;
/** The envelope line mbox files and some archives put before the headers. */
const MBOX_FROM = /^From /;

export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}

/** Why the bytes cannot be read as a message, or undefined when they look like one. */
export function inputProblem(bytes: Uint8Array, maxBytes: number): string | undefined {
  if (bytes.length > maxBytes) {
    return `file is ${formatMegabytes(bytes.length)}, over the ${formatMegabytes(maxBytes)} limit`;
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (bytes.subarray(start).every(isSpace)) return "empty file";

  const head = bytes.subarray(0, Math.min(bytes.length, SNIFF_BYTES));
  const headerEnd = blankLine(head);
  if (head.subarray(0, headerEnd).includes(0)) return "looks like a binary file (NUL bytes in the header)";

  const lines = latin1Lines(head.subarray(start, headerEnd));
  const first = lines.findIndex((line) => !MBOX_FROM.test(line));
  if (first < 0 || !HEADER_LINE.test(lines[first])) return "not a MIME message: no header block found";
  return undefined;
}

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}

/** Offset of the first empty line (the end of the top-level header), or the whole sample. */
function blankLine(head: Uint8Array): number {
  for (let i = head.indexOf(0x0a); i >= 0; i = head.indexOf(0x0a, i + 1)) {
    const next = head[i + 1] === 0x0d ? i + 2 : i + 1;
    if (head[next] === 0x0a) return i;
  }
  return head.length;
}

/** The first three lines as Latin-1; decodes only those, not the whole (possibly huge) header. */
function latin1Lines(bytes: Uint8Array): string[] {
  let end = -1;
  for (let n = 0; n < 3; n++) {
    end = bytes.indexOf(0x0a, end + 1);
    if (end < 0) break;
  }
  const slice = bytes.subarray(0, end < 0 ? bytes.length : end);
  let text = "";
  for (let i = 0; i < slice.length; i += 4096) text += String.fromCharCode(...slice.subarray(i, i + 4096));
  return text.split(/\r?\n/).slice(0, 3);
}
