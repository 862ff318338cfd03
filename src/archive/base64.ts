/**
 * Base64 to bytes without atob or Buffer: classic Outlook's JS-only runtime has neither, and
 * getAttachmentContentAsync hands attachments over as base64. Whitespace is skipped (some hosts
 * wrap lines); any other character outside the alphabet makes the input invalid.
 */
const VALUES = new Int16Array(128).fill(-1);
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
for (let i = 0; i < ALPHABET.length; i += 1) VALUES[ALPHABET.charCodeAt(i)] = i;
// The URL-safe alphabet too: what some hosts send.
VALUES["-".charCodeAt(0)] = 62;
VALUES["_".charCodeAt(0)] = 63;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** The bytes, or undefined when `text` is not base64. */
export function decodeBase64(text: string): Uint8Array | undefined {
  const out = new Uint8Array(Math.floor((text.length * 3) / 4) + 3);
  let length = 0;
  let buffer = 0;
  let bits = 0;
  let ended = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    if (c === 61) {
      ended = true; // "=" padding: only more padding or whitespace may follow
      continue;
    }
    const value = c < 128 ? VALUES[c] : -1;
    if (value < 0 || ended) return undefined;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[length++] = (buffer >> bits) & 0xff;
    }
  }
  // Six leftover bits cannot come from whole bytes: truncated input.
  if (bits >= 6) return undefined;
  return out.subarray(0, length);
}
