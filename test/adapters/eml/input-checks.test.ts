import { formatMegabytes } from "../../../src/adapters/eml/input-checks";
import { bytesOf, errorOf, fixture, snapshotOf } from "./fixtures";

describe("parseEml: what it refuses", () => {
  it("refuses an empty file, and one of blank lines", async () => {
    expect(await errorOf(fixture("empty.eml"))).toBe("empty file");
    expect(await errorOf(bytesOf("\r\n \n\t\n"))).toBe("empty file");
  });

  it("refuses a binary file", async () => {
    expect(await errorOf(fixture("binary.bin"))).toBe("looks like a binary file (NUL bytes in the header)");
  });

  it("refuses text that has no header block", async () => {
    expect(await errorOf(bytesOf("Dear team,\n\nplease find the report.\n"))).toBe("not a MIME message: no header block found");
    expect(await errorOf(bytesOf("\nSubject: starts with a blank line\n"))).toBe("not a MIME message: no header block found");
  });

  it("refuses a file over maxBytes, saying both sizes", async () => {
    const bytes = fixture("attachments.eml");
    expect(await errorOf(bytes, { maxBytes: 1024 })).toBe(`file is ${formatMegabytes(bytes.length)}, over the ${formatMegabytes(1024)} limit`);
    expect(formatMegabytes(240 * 1024 * 1024)).toBe("240 MB");
    expect(formatMegabytes(1.25 * 1024 * 1024)).toBe("1.3 MB");
  });

  it("accepts an mbox envelope line and a byte-order mark before the headers", async () => {
    const mbox = await snapshotOf(bytesOf("From someone@example.com  Thu Aug 22 12:36:23 2002\nSubject: hello\nTo: a@example.com\n\nbody\n"));
    expect(mbox.subject).toBe("hello");
    const bom = await snapshotOf(new Uint8Array([0xef, 0xbb, 0xbf, ...bytesOf("Subject: with BOM\n\nbody\n")]));
    expect(bom.subject).toBe("with BOM");
  });
});

describe("parseEml: damaged messages still give a snapshot", () => {
  it("flags an attachment cut off mid-way", async () => {
    const snapshot = await snapshotOf("truncated.eml");
    expect(snapshot.body.text).toContain("Scan attached.");
    expect(snapshot.attachments.map((a) => a.name)).toEqual(["scan.pdf"]);
    expect(snapshot.attachments[0].size).toBeGreaterThan(0);
    expect(snapshot.flags).toEqual({ attachmentsIncomplete: true });
  });

  it("flags a body cut off mid-way", async () => {
    const body = Buffer.from("这是一封很长的邮件正文。".repeat(8)).toString("base64").slice(0, 70);
    const snapshot = await snapshotOf(bytesOf(`Subject: cut\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${body}`));
    expect(snapshot.flags).toEqual({ bodyTruncated: true });
  });

  it("does not flag a multipart that only lacks its closing delimiter", async () => {
    const message = "Subject: x\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nhi\n--b\nContent-Type: application/pdf; name=a.pdf\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n";
    const snapshot = await snapshotOf(bytesOf(message));
    expect(snapshot.attachments.map((a) => a.name)).toEqual(["a.pdf"]);
    expect(snapshot.flags).toEqual({});
  });

  it("turns a parser failure into a clean error", async () => {
    // postal-mime refuses more than 2 MB of headers; the adapter reports it instead of throwing.
    const header = `X-Filler: ${"a".repeat(1000)}\n`.repeat(2200);
    expect(await errorOf(bytesOf(`Subject: big\n${header}\nbody\n`))).toMatch(/^could not parse the message: .*header size/);
  });
});

describe("parseEml: a multipart whose boundary never occurs", () => {
  const head = "Subject: x\nContent-Type: multipart/mixed; boundary=expected\n\n";

  it("is read as text when the body is plain text", async () => {
    const snapshot = await snapshotOf(bytesOf(`${head}Just some text.\n-----------\nSignature\n`));
    expect(snapshot.body.text).toContain("Just some text.");
    expect(snapshot.flags).toEqual({});
  });

  it("is not turned into text when the body holds part headers, and is flagged instead", async () => {
    const body = "--other\nContent-Type: application/octet-stream; name=x.exe\nContent-Transfer-Encoding: base64\n\nTVqQAA==\n--other--\n";
    const snapshot = await snapshotOf(bytesOf(`${head}${body}`));
    expect(snapshot.body.text ?? "").not.toContain("x.exe");
    expect(snapshot.flags).toEqual({ attachmentsIncomplete: true, bodyTruncated: true });
  });
});

describe("parseEml: base64 that is not base64", () => {
  it("does not call raw text labelled base64 truncated", async () => {
    const snapshot = await snapshotOf(bytesOf("Subject: x\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\nplain words, not base64!\n"));
    expect(snapshot.flags).toEqual({});
  });
});
