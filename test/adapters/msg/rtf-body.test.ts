/**
 * rtf-body on RTF as Outlook writes it: HTML and text encapsulated in RTF (the body of most mail
 * classic Outlook stores), Chinese in an ANSI code page, RTF written as RTF, and damaged streams.
 * The real .msg files' RTF bodies are read in parse-msg.test.ts.
 */
import { bodyFromCompressedRtf, bodyFromRtf, MAX_COMPRESSED_RTF_BYTES } from "../../../src/adapters/msg/rtf-body";

/** Encapsulated HTML as Outlook writes it: the HTML in \*\htmltag groups, RTF-only text in \htmlrtf. */
const FROM_HTML = [
  "{\\rtf1\\ansi\\ansicpg936\\fromhtml1 \\deff0{\\fonttbl{\\f0\\fswiss SimSun;}}",
  "{\\*\\htmltag19 <html>}{\\*\\htmltag50 <body>}",
  "{\\*\\htmltag84 <a href=\"http://bit.ly/x\">}\\htmlrtf {\\field{\\*\\fldinst{HYPERLINK \"http://bit.ly/x\"}}{\\fldrslt\\htmlrtf0 ",
  "\\'c7\\'eb\\'b5\\'e3\\'bb\\'f7\\htmlrtf }}\\htmlrtf0{\\*\\htmltag92 </a>}",
  "{\\*\\htmltag58 </body>}{\\*\\htmltag27 </html>}}",
].join("");

/** Plain text mail, encapsulated (\fromtext). */
const FROM_TEXT = "{\\rtf1\\ansi\\ansicpg1252\\fromtext \\deff0{\\fonttbl{\\f0\\fmodern Courier New;}}\\f0 Hello\\par see the attachment\\par}";

/** RTF as Word writes it: no HTML or text to give back. */
const NATIVE = "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Calibri;}}\\f0\\fs22 Hello\\par}";

/** PR_RTF_COMPRESSED of `rtf`, uncompressed form ("MELA"): a real format the library must accept. */
function uncompressed(rtf: string): Uint8Array {
  const body = Buffer.from(rtf, "latin1");
  const header = Buffer.alloc(16);
  header.writeUInt32LE(body.length + 12, 0);
  header.writeUInt32LE(body.length, 4);
  header.writeUInt32LE(0x414c454d, 8);
  return new Uint8Array(Buffer.concat([header, body]));
}

describe("bodyFromRtf", () => {
  it("gives back encapsulated HTML with its links, Chinese decoded from code page 936", () => {
    const body = bodyFromRtf(FROM_HTML);
    expect(body?.html).toContain('<a href="http://bit.ly/x">');
    expect(body?.html).toContain("请点击");
    // What only the RTF view shows (the \htmlrtf field) is not part of the HTML.
    expect(body?.html).not.toContain("HYPERLINK");
    expect(body?.text).toBeUndefined();
  });

  it("gives back encapsulated plain text", () => {
    expect(bodyFromRtf(FROM_TEXT)?.text).toContain("see the attachment");
  });

  it("gives nothing for RTF written as RTF, for a cut-off stream and for bytes that are not RTF", () => {
    expect(bodyFromRtf(NATIVE)).toBeUndefined();
    expect(bodyFromRtf(FROM_HTML.slice(0, 40))).toBeUndefined();
    expect(bodyFromRtf("not rtf at all")).toBeUndefined();
    expect(bodyFromRtf("")).toBeUndefined();
  });
});

describe("bodyFromCompressedRtf", () => {
  it("reads PR_RTF_COMPRESSED", () => {
    expect(bodyFromCompressedRtf(uncompressed(FROM_HTML))?.html).toContain("http://bit.ly/x");
  });

  it("gives nothing for no bytes, damaged bytes and a property over the size limit, without throwing", () => {
    expect(bodyFromCompressedRtf(undefined)).toBeUndefined();
    expect(bodyFromCompressedRtf(new Uint8Array(0))).toBeUndefined();
    expect(bodyFromCompressedRtf(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]))).toBeUndefined();
    const damaged = uncompressed(FROM_HTML);
    damaged.set([0x4c, 0x5a, 0x46, 0x75], 8); // claims LZFu compression it does not have
    expect(bodyFromCompressedRtf(damaged)).toBeUndefined();
    expect(bodyFromCompressedRtf(new Uint8Array(MAX_COMPRESSED_RTF_BYTES + 1))).toBeUndefined();
  });
});
