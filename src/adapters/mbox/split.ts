/**
 * Splits an mbox archive (mboxo or mboxrd, RFC 4155) into its messages while the bytes stream in,
 * so an archive of any size is checked holding one message at a time.
 *
 * Our own splitter, not a library: the npm mbox readers we looked at (node-mbox, mbox-reader)
 * buffer each message without a bound, need Node streams or read text instead of bytes, and do
 * not undo mboxrd's `>From ` quoting. This one takes chunks from any source (the CLI's io layer,
 * a test), keeps the bytes untouched apart from the quoting, and drops a message past the cap
 * while still finding the next one.
 *
 * The format: every message starts with a line beginning `From ` (the envelope line, not part
 * of the message) and ends with an empty line before the next `From ` line. Writers quote body
 * lines beginning `From ` as `>From ` (mboxo), or any `>*From ` by one more `>` (mboxrd). A line
 * `>+From ` loses one `>` here: right for mboxrd, and for mboxo the original line most likely
 * read `From ` (the two cannot be told apart). LF and CRLF line ends are both read.
 */

export type MboxItem =
  | { readonly index: number; readonly bytes: Uint8Array }
  | { readonly index: number; readonly error: MboxItemError };

export type MboxItemError =
  | { readonly kind: "too big"; readonly size: number }
  | { readonly kind: "no From line" }
  | { readonly kind: "empty" };

const LF = 0x0a;
const CR = 0x0d;
const GT = 0x3e;
const FROM = [0x46, 0x72, 0x6f, 0x6d, 0x20]; // "From "

/** True when `line` (its first bytes at least) starts with "From " after `skip` bytes. */
function startsWithFrom(line: Uint8Array, skip: number): boolean {
  if (line.length < skip + FROM.length) return false;
  for (let i = 0; i < FROM.length; i++) if (line[skip + i] !== FROM[i]) return false;
  return true;
}

/** mboxrd's quoting undone: `>>From ` → `>From `, `>From ` → `From `; other lines as they are. */
function unquote(line: Uint8Array): Uint8Array {
  if (line[0] !== GT) return line;
  let quotes = 0;
  while (quotes < line.length && line[quotes] === GT) quotes++;
  return startsWithFrom(line, quotes) ? line.subarray(1) : line;
}

function isBlank(line: Uint8Array): boolean {
  return line.length === 0 || (line.length === 1 && line[0] === LF) || (line.length === 2 && line[0] === CR && line[1] === LF);
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The first bytes of a line are enough to tell a `From ` line; longer ones are not kept whole. */
const HEAD_BYTES = FROM.length;

/**
 * Yields each message of the archive, numbered from 1, as soon as its last line has arrived. A
 * message over `maxMessageBytes` is not held: it is counted to its end and given as an error, so
 * memory stays within about one message of the cap plus one chunk. Text before the first `From `
 * line (not an mbox, or a damaged start) becomes an item with an error of its own.
 */
export async function* splitMbox(chunks: AsyncIterable<Uint8Array>, maxMessageBytes: number): AsyncGenerator<MboxItem> {
  let index = 0;
  let started = false; // a `From ` line has been seen
  let parts: Uint8Array[] = []; // the current message's bytes, unquoted, as views of the chunks
  let size = 0; // the current message's bytes, counted even when not held
  let tooBig = false;
  let lastLineBlank = 0; // the length of the message's last line when it is blank, else 0
  let hasText = false; // the text before the first `From ` line is more than blank lines
  // The line being read: its pieces (until it is known to be a From line or the message too big)
  // and its first bytes.
  let line: Uint8Array[] = [];
  let lineLength = 0;
  let head: Uint8Array = new Uint8Array(0);

  const keep = (part: Uint8Array): void => {
    // Lines that follow each other in one chunk stay one view, so a message is a few parts per
    // chunk, not one object per line.
    const previous = parts[parts.length - 1];
    if (previous && previous.buffer === part.buffer && previous.byteOffset + previous.length === part.byteOffset) {
      parts[parts.length - 1] = new Uint8Array(part.buffer, previous.byteOffset, previous.length + part.length);
    } else {
      parts.push(part);
    }
    size += part.length;
  };

  const finishMessage = (): MboxItem | undefined => {
    let item: MboxItem | undefined;
    if (!started) {
      if (hasText) item = { index: ++index, error: { kind: "no From line" } };
    } else if (tooBig) {
      item = { index: ++index, error: { kind: "too big", size } };
    } else if (size - lastLineBlank === 0) {
      item = { index: ++index, error: { kind: "empty" } };
    } else {
      // The empty line before the next `From ` belongs to the format, not to the message.
      item = { index: ++index, bytes: concat(parts, size).subarray(0, size - lastLineBlank) };
    }
    parts = [];
    size = 0;
    tooBig = false;
    lastLineBlank = 0;
    return item;
  };

  const finishLine = (): MboxItem | undefined => {
    let item: MboxItem | undefined;
    if (startsWithFrom(head, 0)) {
      item = finishMessage();
      started = true;
    } else {
      if (!started && !isBlank(head)) hasText = true;
      if (!tooBig) {
        for (const piece of head[0] === GT ? [unquote(concat(line, lineLength))] : line) keep(piece);
        lastLineBlank = isBlank(head) ? lineLength : 0;
      }
    }
    line = [];
    lineLength = 0;
    head = new Uint8Array(0);
    return item;
  };

  const addPiece = (piece: Uint8Array): void => {
    if (head.length < HEAD_BYTES) head = concat([head, piece.subarray(0, HEAD_BYTES - head.length)], Math.min(HEAD_BYTES, head.length + piece.length));
    const isFrom = startsWithFrom(head, 0);
    if (!isFrom && !tooBig && size + lineLength + piece.length > maxMessageBytes) {
      // Over the cap: let go of what is held and only count the rest of this message.
      tooBig = true;
      size += lineLength;
      parts = [];
      line = [];
    }
    if (isFrom) {
      line = []; // the envelope line is not kept
    } else if (tooBig) {
      size += piece.length;
    } else {
      line.push(piece);
    }
    lineLength = tooBig || isFrom ? 0 : lineLength + piece.length;
  };

  for await (const chunk of chunks) {
    let at = 0;
    while (at < chunk.length) {
      const end = chunk.indexOf(LF, at);
      const stop = end < 0 ? chunk.length : end + 1;
      addPiece(chunk.subarray(at, stop));
      at = stop;
      if (end >= 0) {
        const item = finishLine();
        if (item) yield item;
      }
    }
  }
  // The last line may have no line end.
  if (head.length > 0) {
    const item = finishLine();
    if (item) yield item;
  }
  const last = finishMessage();
  if (last) yield last;
}
