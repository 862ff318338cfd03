/**
 * Makes a raw message explicit enough for postal-mime to decode it as a person would read it.
 * postal-mime is lenient about structure but reads a part with no charset as UTF-8, raw header
 * bytes as UTF-8, and drops the whole body of a multipart whose boundary never occurs (1,158 of
 * the 1,779 trec06c ham messages are like that). So, before parsing:
 * - text parts with no charset, an unknown one, or us-ascii over 8-bit bytes get the charset
 *   detected for the message (UTF-8, GB18030, Big5, else Windows-1252), and labels postal-mime
 *   would misread (euc-cn, gb2312, Latin-1 over GB bytes) get the right one;
 * - header blocks with raw 8-bit bytes are re-encoded as UTF-8 from that charset;
 * - a multipart whose boundary is missing or never occurs is read as text/plain, unless its
 *   body has lines that look like part headers (then it is flagged instead).
 * Bodies are never rewritten, only header blocks, so attachment bytes stay exactly as sent.
 */
import { ADDRESS_FIELDS } from "./address-groups";
import { elideLargeParts, type BodyRange, type ElidedPart } from "./elide";
import { decoderEncoding, detectCharset, hasHighBytes, isLatinLabel, isUtf8, looksMislabelledCjk, resolveCharset } from "./charset";
import { mayNestComments } from "./address-comments";
import { rewriteHeaderBlock, type HeaderEdits } from "./header-rewrite";
import { base64Truncated, fieldValue, hasPartHeaderLines, parseStructured, readHeaderBlock, splitMultipart, transferDecode, type HeaderBlock } from "./mime-scan";

export interface RepairOptions {
  /** Base64 attachment bodies that decode to more bytes than this are measured, not parsed (see elide.ts). */
  readonly elideOver?: number;
}

export interface RepairResult {
  /** The message to hand to postal-mime (the input itself when nothing needed fixing). */
  readonly bytes: Uint8Array;
  /** The file ends inside a base64 part: the body or an attachment was cut off. */
  readonly truncated?: "body" | "attachment";
  /** A multipart whose boundary never occurs holds lines that look like part headers: parts may go unread. */
  readonly unreadParts?: boolean;
  /** Markers that stand in for large attachment bodies, and each body's size. */
  readonly elided: ReadonlyMap<string, ElidedPart>;
}

/** Enough text to tell GB from Big5 from Latin-1; more only costs time. */
const SAMPLE_CAP = 256 * 1024;
const MESSAGE_SAMPLE_CAP = 512 * 1024;
/**
 * Each level rescans its own range, so deep nesting costs depth × size. Real mail nests a few
 * levels; past this the structure is left to postal-mime (which has its own limit).
 */
const MAX_PART_DEPTH = 16;

interface BlockPlan {
  readonly block: HeaderBlock;
  setType?: string;
  setCharset?: string;
  /** Transfer-decoded text of a part whose charset waits for the message-wide decision. */
  pending?: Uint8Array;
}

interface Leaf {
  readonly start: number;
  readonly end: number;
  readonly encoding: string;
  readonly isBody: boolean;
}

export function repairMessage(input: Uint8Array, options: RepairOptions = {}): RepairResult {
  const bom = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? 3 : 0;
  const walker = new Walker(input);
  const openEnded = walker.walk(bom, input.length, "text/plain", 0);
  const edits = walker.edits();
  const large = elideLargeParts(input, walker.attachmentBodies, options.elideOver ?? Number.POSITIVE_INFINITY);
  edits.push(...large.edits);
  if (bom) edits.unshift({ start: 0, end: bom, bytes: new Uint8Array(0) });
  const leaf = walker.lastLeaf;
  const truncated =
    openEnded && leaf && leaf.encoding === "base64" && base64Truncated(input, leaf.start, leaf.end)
      ? leaf.isBody
        ? "body"
        : "attachment"
      : undefined;
  return { bytes: edits.length ? splice(input, edits) : input, truncated, unreadParts: walker.unreadParts, elided: large.elided };
}

class Walker {
  private readonly plans: BlockPlan[] = [];
  /** CJK charsets the message declares somewhere: a hint for the parts that declare none. */
  private readonly priors: string[] = [];
  lastLeaf?: Leaf;
  unreadParts = false;
  /** Base64 bodies of parts postal-mime will list as attachments (attached messages excepted: those are read). */
  readonly attachmentBodies: BodyRange[] = [];

  constructor(private readonly bytes: Uint8Array) {}

  /** Plans one part; true when its content runs to `end` with no closing delimiter. */
  walk(start: number, end: number, defaultType: string, depth: number): boolean {
    const bytes = this.bytes;
    const block = readHeaderBlock(bytes, start, end);
    const plan: BlockPlan = { block };
    this.plans.push(plan);
    const contentType = parseStructured(fieldValue(bytes, block, "content-type"));
    const encoding = parseStructured(fieldValue(bytes, block, "content-transfer-encoding")).value;
    const disposition = parseStructured(fieldValue(bytes, block, "content-disposition")).value;
    const declared = contentType.params.get("charset");
    const canonical = resolveCharset(declared);
    if (canonical === "gb18030" || canonical === "big5") this.priors.push(canonical);
    let type = contentType.value || defaultType;

    if (type.startsWith("multipart/") && depth < MAX_PART_DEPTH) {
      const boundary = contentType.params.get("boundary");
      const split = boundary ? splitMultipart(bytes, block.bodyStart, end, boundary) : undefined;
      if (split && split.parts.length) {
        const childType = type === "multipart/digest" ? "message/rfc822" : "text/plain";
        let lastOpen = true;
        for (const part of split.parts) lastOpen = this.walk(part.start, part.end, childType, depth + 1);
        return !split.closed && lastOpen;
      }
      if (hasPartHeaderLines(bytes, block.bodyStart, end)) this.unreadParts = true;
      else plan.setType = type = "text/plain";
    }

    const isBody = (type === "text/plain" || type === "text/html") && disposition !== "attachment";
    this.lastLeaf = { start: block.bodyStart, end, encoding, isBody };
    if (!isBody && encoding === "base64" && !type.startsWith("message/") && !type.startsWith("multipart/")) {
      this.attachmentBodies.push({ start: block.bodyStart, end });
    }
    if (isBody) this.planCharset(plan, declared, canonical, transferDecode(bytes, block.bodyStart, end, encoding, SAMPLE_CAP));
    return true;
  }

  private planCharset(plan: BlockPlan, declared: string | undefined, canonical: string | undefined, sample: Uint8Array): void {
    if (!hasHighBytes(sample)) return;
    if (!canonical || canonical === "us-ascii") {
      plan.pending = sample;
    } else if (isLatinLabel(canonical) || (canonical === "utf-8" && !isUtf8(sample, wasCut(sample)))) {
      // Old Chinese mailers labelled GB text as Latin-1 or UTF-8; only overwhelming evidence overrides.
      plan.setCharset = looksMislabelledCjk(sample);
    } else if (canonical !== decoderEncoding(declared ?? "")) {
      // e.g. euc-cn, which TextDecoder refuses, or gb2312, whose decoder lacks GB18030's four-byte forms.
      plan.setCharset = canonical;
    }
  }

  /** Decides the message charset, then the bytes that replace each header block that needs it. */
  edits(): Edit[] {
    const bytes = this.bytes;
    const evidence: Uint8Array[] = [];
    const rawHeaders = new Set<BlockPlan>();
    for (const plan of this.plans) {
      const { start, end } = plan.block;
      const raw = bytes.subarray(start, end);
      if (hasHighBytes(raw) && !isUtf8(raw)) {
        rawHeaders.add(plan);
        evidence.push(raw);
      }
      if (plan.pending && !isUtf8(plan.pending, wasCut(plan.pending))) evidence.push(plan.pending);
    }
    const prior = this.priors[0];
    const messageCharset = detectCharset(concat(evidence, MESSAGE_SAMPLE_CAP), prior) ?? prior;

    const edits: Edit[] = [];
    for (const plan of this.plans) {
      const { block } = plan;
      if (plan.pending) plan.setCharset = isUtf8(plan.pending, wasCut(plan.pending)) ? "utf-8" : messageCharset;
      const headerEdits: HeaderEdits = {
        rawCharset: rawHeaders.has(plan) ? messageCharset : undefined,
        setType: plan.setType,
        setCharset: plan.setCharset,
        messageCharset,
      };
      const raw = bytes.subarray(block.start, block.end);
      const mayChange = rawHeaders.has(plan) || block.brokenFold || plan.setType || plan.setCharset || hasEncodedWord(raw) || mayNestGroups(bytes, block) || hasNestedComment(bytes, block);
      if (!mayChange) continue;
      let rewritten = rewriteHeaderBlock(raw, headerEdits);
      // A part with no header lines starts with its blank line: the added field needs its own line end.
      if (block.start === block.end && rewritten.length) rewritten = withLineEnd(rewritten);
      if (!sameBytes(raw, rewritten)) edits.push({ start: block.start, end: block.end, bytes: rewritten });
    }
    return edits;
  }
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly bytes: Uint8Array;
}

/** A sample at the cap was cut at a byte count, possibly inside a character. */
function wasCut(sample: Uint8Array): boolean {
  return sample.length >= SAMPLE_CAP;
}

function hasEncodedWord(raw: Uint8Array): boolean {
  for (let i = raw.indexOf(0x3d); i >= 0 && i < raw.length - 1; i = raw.indexOf(0x3d, i + 1)) {
    if (raw[i + 1] === 0x3f) return true;
  }
  return false;
}

/** An address field with two colons after its name may hold a group within a group (address-groups.ts). */
function mayNestGroups(bytes: Uint8Array, block: HeaderBlock): boolean {
  return block.fields.some((field) => {
    if (!ADDRESS_FIELDS.has(field.name)) return false;
    const text = bytes.subarray(field.start, field.end);
    const second = text.indexOf(0x3a, text.indexOf(0x3a) + 1);
    return second >= 0 && text.indexOf(0x3a, second + 1) >= 0;
  });
}

/** An address field with a comment inside a comment (address-comments.ts). */
function hasNestedComment(bytes: Uint8Array, block: HeaderBlock): boolean {
  return block.fields.some((field) => ADDRESS_FIELDS.has(field.name) && mayNestComments(bytes.subarray(field.start, field.end)));
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function withLineEnd(line: Uint8Array): Uint8Array {
  const out = new Uint8Array(line.length + 2);
  out.set(line);
  out.set([0x0d, 0x0a], line.length);
  return out;
}

/** Joins evidence samples, newline-separated so the last byte of one cannot pair with the next. */
function concat(chunks: readonly Uint8Array[], cap: number): Uint8Array {
  const total = Math.min(
    cap,
    chunks.reduce((n, c) => n + c.length + 1, 0),
  );
  const out = new Uint8Array(total);
  let n = 0;
  for (const chunk of chunks) {
    if (n >= total) break;
    const part = chunk.subarray(0, total - n);
    out.set(part, n);
    n += part.length;
    if (n < total) out[n++] = 0x0a;
  }
  return out.subarray(0, n);
}

function splice(input: Uint8Array, edits: readonly Edit[]): Uint8Array {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const delta = sorted.reduce((n, e) => n + e.bytes.length - (e.end - e.start), 0);
  const out = new Uint8Array(input.length + delta);
  let cursor = 0;
  let n = 0;
  for (const edit of sorted) {
    out.set(input.subarray(cursor, edit.start), n);
    n += edit.start - cursor;
    out.set(edit.bytes, n);
    n += edit.bytes.length;
    cursor = edit.end;
  }
  out.set(input.subarray(cursor), n);
  return out;
}
