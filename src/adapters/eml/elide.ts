/**
 * Large attachment bodies, measured instead of decoded. The rules need an attachment's size and,
 * for an archive small enough to list, its directory; never the bytes of a 100 MB video. Handing
 * such a part to postal-mime costs several copies of it at once (decoded chunks, the joined
 * Blob, the ArrayBuffer read back from it): a 191 MB message with a 134 MB attachment peaked at
 * 872 MB. So before parsing, each base64 attachment body over the limit is replaced by a short
 * marker, its decoded size counted exactly as postal-mime would decode it, and its first bytes
 * kept so a zip is still recognised as one.
 */
import { decodeBase64 } from "./mime-scan";

export interface ElidedPart {
  /** Decoded size in bytes, as postal-mime would have decoded the body. */
  readonly size: number;
  /** The first decoded bytes (enough for a file signature such as a zip's "PK\x03\x04"). */
  readonly head: Uint8Array;
}

export interface BodyRange {
  readonly start: number;
  readonly end: number;
}

interface Replacement {
  readonly start: number;
  readonly end: number;
  readonly bytes: Uint8Array;
}

const HEAD_BYTES = 8;

/** A random tag per message, so a sender cannot write a marker of their own into a small part. */
function nonce(): string {
  return `${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
}

/** The markers postal-mime will hand back as the parts' content, and what each stands for. */
export function elideLargeParts(
  bytes: Uint8Array,
  parts: readonly BodyRange[],
  overBytes: number,
): { edits: Replacement[]; elided: Map<string, ElidedPart> } {
  const edits: Replacement[] = [];
  const elided = new Map<string, ElidedPart>();
  const tag = nonce();
  for (const part of parts) {
    // Base64 is 4 characters for 3 bytes: a body this short cannot decode to more than the limit.
    if (((part.end - part.start) * 3) / 4 <= overBytes) continue;
    const size = base64DecodedSize(bytes, part.start, part.end);
    if (size <= overBytes) continue;
    const marker = `mail-preflight-elided-${tag}-${edits.length}`;
    elided.set(marker, { size, head: decodeBase64(bytes.subarray(part.start, Math.min(part.end, part.start + 64))).subarray(0, HEAD_BYTES) });
    edits.push({ start: part.start, end: part.end, bytes: new TextEncoder().encode(`${btoa(marker)}\r\n`) });
  }
  return { edits, elided };
}

/** The part a marker stands for, when `content` is one of this message's markers. */
export function elidedPart(content: Uint8Array, elided: ReadonlyMap<string, ElidedPart>): ElidedPart | undefined {
  if (elided.size === 0 || content.length > 80) return undefined;
  return elided.get(String.fromCharCode(...content));
}

const BASE64_CHAR = new Uint8Array(256);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") BASE64_CHAR[c.charCodeAt(0)] = 1;
const PAD = 0x3d;

/**
 * postal-mime's count: characters outside the alphabet are dropped, "=" ends a run, and each
 * run decodes on its own (a lone trailing character carries no byte).
 */
export function base64DecodedSize(bytes: Uint8Array, start: number, end: number): number {
  let total = 0;
  let run = 0;
  for (let i = start; i < end; i++) {
    const c = bytes[i];
    if (BASE64_CHAR[c]) run++;
    else if (c === PAD) {
      total += runBytes(run);
      run = 0;
    }
  }
  return total + runBytes(run);
}

function runBytes(length: number): number {
  const usable = length % 4 === 1 ? length - 1 : length;
  const rest = usable % 4;
  return Math.floor(usable / 4) * 3 + (rest ? rest - 1 : 0);
}
