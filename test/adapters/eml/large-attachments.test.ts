/**
 * Attachment bodies over the archive-listing cap are measured before parsing, not decoded
 * (src/adapters/eml/elide.ts): the snapshot must be exactly what a full decode gives.
 */
import fc from "fast-check";
import PostalMime from "postal-mime";
import { parseEml } from "../../../src/adapters/eml";
import { base64DecodedSize } from "../../../src/adapters/eml/elide";
import type { ArchiveListing } from "../../../src/engine/snapshot";

const MB = 1024 * 1024;

function message(parts: readonly { name: string; body: string; type?: string }[]): Uint8Array {
  const attachments = parts.map(
    (p) =>
      `--B\r\nContent-Type: ${p.type ?? "application/octet-stream"}; name="${p.name}"\r\n` +
      `Content-Disposition: attachment; filename="${p.name}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${p.body}\r\n`,
  );
  return new TextEncoder().encode(
    `From: a@example.cn\r\nTo: b@example.cn\r\nSubject: files\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="B"\r\n\r\n` +
      `--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nsee attached\r\n${attachments.join("")}--B--\r\n`,
  );
}

/** `bytes` bytes as base64 in 76-character lines, the first bytes given. */
function base64Body(bytes: number, head: readonly number[] = []): string {
  const raw = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i++) raw[i] = (i * 131) & 0xff;
  raw.set(head);
  return raw.toString("base64").replace(/.{76}/g, "$&\r\n");
}

const listArchive = (): ArchiveListing => ({ format: "zip", entries: [], truncated: false });

describe("attachments over the archive cap are measured, not decoded", () => {
  it("gives the same snapshot as decoding them, sizes exact to the byte", async () => {
    const input = message([
      { name: "video.mp4", body: base64Body(12 * MB + 1) },
      { name: "odd.bin", body: `${base64Body(11 * MB + 2)}\r\n===\r\n` },
      { name: "small.pdf", body: base64Body(1000) },
    ]);
    const measured = await parseEml(input);
    const decoded = await parseEml(input, { archiveMaxBytes: 64 * MB });
    expect(measured).toEqual(decoded);
    if (!measured.ok) throw new Error(measured.error);
    expect(measured.snapshot.attachments.map((a) => [a.name, a.size])).toEqual([
      ["video.mp4", 12 * MB + 1],
      ["odd.bin", 11 * MB + 2],
      ["small.pdf", 1000],
    ]);
  }, 30_000);

  it("still tells a large zip it could not list, by its signature", async () => {
    const input = message([{ name: "photos", body: base64Body(11 * MB, [0x50, 0x4b, 0x03, 0x04]), type: "application/octet-stream" }]);
    const result = await parseEml(input, { listArchive });
    if (!result.ok) throw new Error(result.error);
    expect(result.snapshot.attachments[0]).toMatchObject({ size: 11 * MB, contentUnavailable: expect.stringContaining("10 MB") });
  }, 30_000);

  it("cannot be fooled by a small part that looks like a marker", async () => {
    const fake = Buffer.from("mail-preflight-elided-abc-0").toString("base64");
    const input = message([
      { name: "big.bin", body: base64Body(11 * MB) },
      { name: "fake.bin", body: fake },
    ]);
    const result = await parseEml(input);
    if (!result.ok) throw new Error(result.error);
    expect(result.snapshot.attachments.map((a) => a.size)).toEqual([11 * MB, "mail-preflight-elided-abc-0".length]);
  }, 30_000);
});

describe("base64DecodedSize", () => {
  /** What postal-mime makes of `body` as an attachment's base64 content. */
  async function postalMimeSize(body: string): Promise<number> {
    const email = await PostalMime.parse(message([{ name: "a.bin", body }]), { attachmentEncoding: "arraybuffer" });
    const content = email.attachments[0]?.content;
    return content instanceof ArrayBuffer ? content.byteLength : -1;
  }

  it("counts as postal-mime decodes, whatever the body holds", async () => {
    const piece = fc.constantFrom("QUJD", "QQ", "QUI", "Q", "=", "==", "\r\n", " ", "\t", "*", "-", "é", "\u00ff", "/+9z");
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 40 }), async (pieces) => {
        const body = pieces.join("");
        const bytes = new TextEncoder().encode(body);
        expect(base64DecodedSize(bytes, 0, bytes.length)).toBe(await postalMimeSize(body));
      }),
      { numRuns: 300, seed: 20261207 },
    );
  });
});
