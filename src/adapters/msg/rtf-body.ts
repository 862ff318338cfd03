/**
 * The body of an Outlook item that has only RTF (PR_RTF_COMPRESSED): what classic Outlook stores
 * for most mail it writes, HTML mail included. Such HTML is "encapsulated" in the RTF
 * (\fromhtml1); de-encapsulating gives back the HTML, with its links, which the plain-text body
 * Outlook keeps beside it has lost. Used by the .msg and .pst adapters (CLI only: Node buffers).
 *
 * Libraries: @kenjiuno/decompressrtf undoes Outlook's LZFu compression, rtf-stream-parser
 * de-encapsulates, iconv-lite decodes the ANSI code pages (cp936, cp950, cp1252 …) RTF text is
 * written in. RTF that was written as RTF (from Word, not from HTML or text) has no HTML to give
 * back: the caller keeps the plain-text body then.
 */
import { decompressRTF } from "@kenjiuno/decompressrtf";
import iconv from "iconv-lite";
import { deEncapsulateSync } from "rtf-stream-parser";

/**
 * Compressed RTF larger than this is not read (the plain-text body stands in), nor RTF larger than
 * what it can expand to (LZFu expands at most about ninefold: the .pst reader hands the RTF over
 * decompressed). This bounds the work and memory for one message body.
 */
export const MAX_COMPRESSED_RTF_BYTES = 8 * 1024 * 1024;
const MAX_RTF_BYTES = 9 * MAX_COMPRESSED_RTF_BYTES;

export interface RtfBody {
  readonly html?: string;
  readonly text?: string;
}

/** iconv-lite knows "cp936" and the like; an unknown page is read as Windows-1252, never thrown on. */
function decode(bytes: Buffer, encoding: string): string {
  return iconv.encodingExists(encoding) ? iconv.decode(bytes, encoding) : iconv.decode(bytes, "cp1252");
}

/** The HTML or text an RTF document encapsulates; undefined for native RTF or RTF that does not parse. */
export function bodyFromRtf(rtf: Buffer | string): RtfBody | undefined {
  if (!rtf || rtf.length > MAX_RTF_BYTES) return undefined;
  try {
    const result = deEncapsulateSync(rtf, { decode, mode: "either", warn: () => undefined });
    const out = typeof result.text === "string" ? result.text : result.text.toString("utf8");
    // A stream cut off after its header parses to nothing: the plain-text body says more.
    if (out.trim() === "") return undefined;
    return result.mode === "html" ? { html: out } : { text: out };
  } catch {
    // "Not encapsulated HTML or text": written as RTF. A damaged stream ends here too.
    return undefined;
  }
}

/** bodyFromRtf for PR_RTF_COMPRESSED bytes (the .msg property); undefined when too large or damaged. */
export function bodyFromCompressedRtf(compressed: Uint8Array | undefined): RtfBody | undefined {
  if (!compressed || compressed.length === 0 || compressed.length > MAX_COMPRESSED_RTF_BYTES) return undefined;
  let rtf: number[];
  try {
    rtf = decompressRTF(Array.from(compressed));
  } catch {
    return undefined;
  }
  return bodyFromRtf(Buffer.from(rtf));
}
