/**
 * Rewrites one header block as UTF-8 text that postal-mime reads correctly: raw 8-bit bytes
 * decoded with the message's charset (postal-mime reads header bytes as UTF-8 only), encoded
 * words relabelled when their label is unknown or wrong, an encoded word split over two lines
 * without folding whitespace joined again, groups and comments nested past what postal-mime
 * reads flattened, and the Content-Type given the charset or type the
 * repair step decided.
 */
import { flattenNestedComments } from "./address-comments";
import { flattenDeepGroups } from "./address-groups";
import { decoderEncoding, detectCharset, hasHighBytes, isLatinLabel, isUtf8, looksMislabelledCjk, resolveCharset } from "./charset";
import { UNCLOSED_ENCODED_WORD, decodeBase64, decodeQuotedPrintable } from "./mime-scan";

export interface HeaderEdits {
  /** Charset to decode raw 8-bit header bytes with, when they are not UTF-8. */
  readonly rawCharset?: string;
  /** New media type for the first Content-Type (a multipart whose boundary never occurs). */
  readonly setType?: string;
  /** Charset parameter to set on the Content-Type, adding the field when there is none. */
  readonly setCharset?: string;
  /** Charset of the message, used for encoded words with an unknown label. */
  readonly messageCharset?: string;
}

const ENCODED_WORD = /=\?([^?\s]+)\?([QqBb])\?([^?]*)\?=/g;

export function rewriteHeaderBlock(raw: Uint8Array, edits: HeaderEdits): Uint8Array {
  const text = new TextDecoder(edits.rawCharset ?? "utf-8").decode(raw);
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const fields = toFields(text.split(/\r?\n/), eol);
  let typeIndex = fields.findIndex((f) => /^content-type\s*:/i.test(f));
  if (typeIndex < 0 && (edits.setCharset || edits.setType)) {
    fields.push(`Content-Type: ${edits.setType ?? "text/plain"}`);
    typeIndex = fields.length - 1;
  }
  if (typeIndex >= 0) fields[typeIndex] = editContentType(fields[typeIndex], edits);
  const out = fields.map((field) => flattenNestedComments(flattenDeepGroups(joinLongRuns(relabelEncodedWords(field, edits.messageCharset))))).join(eol);
  return new TextEncoder().encode(out);
}

/**
 * Groups lines into fields, rejoining an encoded word that a mailer broke across lines.
 *
 * Whether the field so far ends inside an encoded word is carried from line to line rather than
 * tested on the whole field: a run of colon-less lines after a broken word would otherwise cost
 * time quadratic in its length. The pattern has no whitespace in it, so after a folded line only
 * that line can hold a match; after a rejoined line the open word runs on when the line has no
 * "?" or whitespace, and a new one can start only in the line (or at a trailing "=" before it).
 */
function toFields(lines: string[], eol: string): string[] {
  const fields: string[] = [];
  let open = false;
  for (const line of lines) {
    const last = fields.length - 1;
    if (last >= 0 && /^[ \t]/.test(line)) {
      fields[last] += eol + line;
      open = UNCLOSED_ENCODED_WORD.test(line);
    } else if (last >= 0 && open && !line.includes(":")) {
      open = !/[?\s]/.test(line) || UNCLOSED_ENCODED_WORD.test(fields[last].slice(-1) + line);
      fields[last] += line;
    } else {
      fields.push(line);
      open = UNCLOSED_ENCODED_WORD.test(line);
    }
  }
  return fields;
}

function editContentType(field: string, edits: HeaderEdits): string {
  let result = field;
  if (edits.setType) {
    result = result.replace(/^(content-type\s*:\s*)[^;\s]*/i, `$1${edits.setType}`);
  }
  if (edits.setCharset) {
    // The whole value up to the next parameter: mailers write things like charset="charset="GB2312"".
    const withParam = /(;\s*charset\s*=)[^;]*/i;
    result = withParam.test(result) ? result.replace(withParam, `$1${edits.setCharset}`) : `${result}; charset=${edits.setCharset}`;
  }
  return result;
}

/**
 * postal-mime decodes an encoded word whose label it does not know as Windows-1252; labels
 * like euc-cn, a mislabelled us-ascii or Latin-1 over GB bytes are common in Chinese mail.
 * Relabel those with a charset that fits the decoded bytes. Words with the same label are
 * judged together: a mailer that splits a subject into several words may split a character too.
 */
function relabelEncodedWords(field: string, messageCharset: string | undefined): string {
  if (!field.includes("=?")) return field;
  const byLabel = new Map<string, Uint8Array[]>();
  for (const [, label, encoding, payload] of field.matchAll(ENCODED_WORD)) {
    const bare = label.split("*")[0].toLowerCase();
    // Appended in place: copying the list for every word made 80,000 words take a minute.
    const words = byLabel.get(bare);
    if (words) words.push(wordBytes(encoding, payload));
    else byLabel.set(bare, [wordBytes(encoding, payload)]);
  }
  const relabel = new Map<string, string>();
  for (const [bare, words] of byLabel) {
    const wanted = chooseLabel(resolveCharset(bare), joinBytes(words), messageCharset);
    // Only where postal-mime would decode differently: e.g. its gbk decoder lacks GB18030's four-byte forms.
    if (wanted && wanted !== decoderEncoding(bare)) relabel.set(bare, wanted);
  }
  if (!relabel.size) return field;
  return field.replace(ENCODED_WORD, (word, label: string, encoding: string, payload: string) => {
    const wanted = relabel.get(label.split("*")[0].toLowerCase());
    return wanted ? `=?${wanted}?${encoding}?${payload}?=` : word;
  });
}

/** Far more adjacent words than any real subject or name is split into. */
const MAX_WORD_RUN = 32;

/**
 * postal-mime joins adjacent base64 words of one charset before decoding (a character may be
 * split between them), and for each word it re-tests the end of the text joined so far: a run
 * of n words costs n² (80,000 words took over a minute). A run longer than any real header is
 * given to it already joined, as the single word it would have built itself.
 */
function joinLongRuns(field: string): string {
  if (!field.includes("=?")) return field;
  const runs: { start: number; end: number; label: string; payloads: string[] }[] = [];
  let run: (typeof runs)[number] | undefined;
  let lastPayload = "";
  for (const match of field.matchAll(ENCODED_WORD)) {
    const [word, label, encoding, payload] = match;
    const start = match.index;
    const joinable =
      run !== undefined &&
      label === run.label &&
      (encoding === "B" || encoding === "b") &&
      /^[ \t\r\n]*$/.test(field.slice(run.end, start)) &&
      lastPayload.length % 4 === 0 &&
      !lastPayload.endsWith("=");
    if (run && joinable) {
      run.payloads.push(payload);
      run.end = start + word.length;
    } else {
      run = encoding === "B" || encoding === "b" ? { start, end: start + word.length, label, payloads: [payload] } : undefined;
      if (run) runs.push(run);
    }
    lastPayload = payload;
  }
  const long = runs.filter((r) => r.payloads.length > MAX_WORD_RUN);
  if (!long.length) return field;
  let out = "";
  let cursor = 0;
  for (const r of long) {
    out += `${field.slice(cursor, r.start)}=?${r.label}?B?${r.payloads.join("")}?=`;
    cursor = r.end;
  }
  return out + field.slice(cursor);
}

/** Subjects are short: a few distinct GB characters under a Latin label are already telling. */
const MIN_DISTINCT_IN_WORDS = 3;

function chooseLabel(canonical: string | undefined, bytes: Uint8Array, messageCharset: string | undefined): string | undefined {
  const knownNonAscii = canonical && canonical !== "us-ascii";
  const mayLie = isLatinLabel(canonical) || (canonical === "utf-8" && !isUtf8(bytes));
  if (knownNonAscii && !mayLie) return canonical;
  if (!hasHighBytes(bytes)) return canonical;
  if (knownNonAscii) return looksMislabelledCjk(bytes, MIN_DISTINCT_IN_WORDS) ?? canonical;
  const prior = messageCharset === "gb18030" || messageCharset === "big5" ? messageCharset : undefined;
  return detectCharset(bytes, prior);
}

function wordBytes(encoding: string, payload: string): Uint8Array {
  const ascii = Uint8Array.from(payload, (c) => c.charCodeAt(0) & 0xff);
  if (encoding === "B" || encoding === "b") return decodeBase64(ascii);
  return decodeQuotedPrintable(ascii.map((c) => (c === 0x5f ? 0x20 : c)));
}

function joinBytes(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let n = 0;
  for (const chunk of chunks) {
    out.set(chunk, n);
    n += chunk.length;
  }
  return out;
}
