/**
 * Decoding zip entry names without TextDecoder (absent from classic Outlook's JS-only runtime).
 * Zip names are UTF-8 when general-purpose bit 11 is set, and "IBM code page 437" otherwise —
 * in practice whatever the writer's system code page was.
 */

/** Code page 437, bytes 0x80–0xFF. */
const CP437_HIGH =
  "ÇüéâäàåçêëèïîìÄÅ" +
  "ÉæÆôöòûùÿÖÜ¢£¥₧ƒ" +
  "áíóúñÑªº¿⌐¬½¼¡«»" +
  "░▒▓│┤╡╢╖╕╣║╗╝╜╛┐" +
  "└┴┬├─┼╞╟╚╔╩╦╠═╬╧" +
  "╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀" +
  "αßΓπΣσµτΦΘΩδ∞φε∩" +
  "≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0";

export function decodeCp437(bytes: Uint8Array): string {
  let out = "";
  for (const byte of bytes) out += byte < 0x80 ? String.fromCharCode(byte) : CP437_HIGH[byte - 0x80];
  return out;
}

/**
 * UTF-8 → string. `strict` returns undefined on any malformed sequence (overlong forms,
 * surrogates, truncated sequences, > U+10FFFF); otherwise each bad byte becomes U+FFFD.
 */
export function decodeUtf8(bytes: Uint8Array, strict: boolean): string | undefined {
  let out = "";
  let i = 0;
  while (i < bytes.length) {
    const b0 = bytes[i];
    let code = -1;
    let length = 1;
    if (b0 < 0x80) code = b0;
    else if (b0 >= 0xc2 && b0 <= 0xdf) length = 2;
    else if (b0 >= 0xe0 && b0 <= 0xef) length = 3;
    else if (b0 >= 0xf0 && b0 <= 0xf4) length = 4;
    if (length > 1 && i + length <= bytes.length) {
      code = b0 & (0xff >> (length + 1));
      for (let k = 1; k < length; k += 1) {
        const b = bytes[i + k];
        if ((b & 0xc0) !== 0x80) {
          code = -1;
          break;
        }
        code = (code << 6) | (b & 0x3f);
      }
      const min = length === 2 ? 0x80 : length === 3 ? 0x800 : 0x10000;
      if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) code = -1;
    }
    if (code < 0) {
      if (strict) return undefined;
      out += "\ufffd";
      i += 1;
      continue;
    }
    out += String.fromCodePoint(code);
    i += length;
  }
  return out;
}

/**
 * The name of a zip entry. Bit 11 set: UTF-8. Not set: pure ASCII is ASCII; bytes that form
 * valid UTF-8 are taken as UTF-8 (macOS Archive Utility and many tools write UTF-8 without the
 * flag); anything else goes through CP437.
 *
 * Zips made on Chinese Windows (Explorer, older WinRAR) store names in GBK without the flag.
 * We do not carry a GBK table: CP437 turns those characters into mojibake, but GBK keeps every
 * byte below 0x80 as ASCII outside a double-byte pair, and a pair's trail byte (0x40–0xFE) is
 * never '.' or '/', so the path separators and an ASCII extension after the last dot — what the
 * rules read — come through intact. ('\' can be a trail byte; zip paths use '/'.)
 */
export function decodeEntryName(raw: Uint8Array, utf8Flag: boolean): string {
  if (utf8Flag) return decodeUtf8(raw, false) ?? "";
  if (raw.every((byte) => byte < 0x80)) return decodeCp437(raw);
  return decodeUtf8(raw, true) ?? decodeCp437(raw);
}
