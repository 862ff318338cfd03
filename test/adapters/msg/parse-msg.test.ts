/**
 * The .msg adapter on real Outlook files (../shared/corpora/msg-samples, from msgreader's test
 * set). The files are read, not copied: a missing folder fails these tests rather than skip them.
 */
import fs from "node:fs";
import path from "node:path";
import { strToU8 } from "fflate";
import { parseMsg } from "../../../src/adapters/msg";
import { recipientsOf } from "../../../src/adapters/msg/parse-msg";
import { listZip } from "../../../src/archive/zip";
import type { MessageSnapshot } from "../../../src/engine/snapshot";

const MSG_SAMPLES = path.resolve(__dirname, "../../../../shared/corpora/msg-samples");

function sample(name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(MSG_SAMPLES, name)));
}

function read(name: string): MessageSnapshot {
  const result = parseMsg(sample(name), { listArchive: (bytes) => listZip(bytes) });
  if (!result.ok) throw new Error(result.error);
  return result.snapshot;
}

describe("parseMsg on real Outlook files", () => {
  it("finds the six samples", () => {
    expect(fs.readdirSync(MSG_SAMPLES).filter((f) => f.endsWith(".msg"))).toHaveLength(6);
  });

  it("reads a plain message: subject and text body", () => {
    const s = read("Simple.msg");
    expect(s.subject).toBe("Simple");
    expect(s.body.text).toBe("Simple\r\n");
    expect(s.recipients).toEqual([]);
    expect(s.attachments).toEqual([]);
  });

  it("reads Chinese, Japanese and Korean text", () => {
    const s = read("Hello +CJK.msg");
    expect(s.subject).toBe("Hello +CJK");
    for (const word of ["你好", "こんにちは", "안녕하세요"]) expect(s.body.text).toContain(word);
  });

  it("reads the sender, recipients by field, and attachments with their sizes and types", () => {
    const s = read("attachmentFiles.msg");
    expect(s.sender).toEqual({ address: "hmailuser@hmailserver.test", displayName: "hmailuser" });
    expect(s.recipients).toEqual([{ address: "hmailuser@hmailserver.test", displayName: "hmailuser@hmailserver.test", field: "to" }]);
    expect(s.attachments.map(({ name, size, kind, contentType }) => ({ name, size, kind, contentType }))).toEqual([
      { name: "jpg.jpg", size: 726, kind: "file", contentType: "image/jpeg" },
      { name: "png.png", size: 134, kind: "file", contentType: "image/png" },
      { name: "tif.tif", size: 664, kind: "file", contentType: "image/tiff" },
    ]);
    expect(new Set(s.attachments.map((a) => a.id)).size).toBe(3);
  });

  it("lists an embedded message as an item attachment beside the files", () => {
    const s = read("msgInMsg.msg");
    expect(s.subject).toBe("I have attachments!");
    expect(s.attachments.map(({ name, kind }) => ({ name, kind }))).toEqual([
      { name: "Microsoft Outlook テスト メッセージ", kind: "item" },
      { name: "green.png", kind: "file" },
    ]);
    expect(s.attachments[0].size).toBeGreaterThan(0);
    expect(s.attachments[1].size).toBe(134);
  });

  it("reads a non-Unicode message", () => {
    const s = read("nonUnicodeMail.msg");
    expect(s.subject).toBe("Non Unicode mail subject");
    expect(s.body.text).toContain("Non Unicode mail body!");
    expect(s.recipients).toEqual([{ address: "xmailuser2@xmailserver.test", displayName: "xmailuser2@xmailserver.test", field: "to" }]);
  });

  it("reads the HTML body that classic Outlook keeps only inside the RTF, in every sample", () => {
    // None of the samples has an HTML property: the HTML is encapsulated in PR_RTF_COMPRESSED.
    const cjk = read("Hello +CJK.msg").body.html ?? "";
    const shown = cjk.slice(cjk.indexOf("<body")).replace(/<[^>]+>/g, " ");
    for (const word of ["你好", "こんにちは", "안녕하세요"]) expect(shown).toContain(word);
    for (const name of ["Simple.msg", "attachmentFiles.msg", "msgInMsg.msg", "nonUnicodeMail.msg"]) {
      const s = read(name);
      expect(s.body.html).toMatch(/^<html[\s>]/);
      expect(s.body.text).toBeDefined(); // the plain text Outlook keeps beside it stays
    }
  });

  it("takes an Exchange recipient's SMTP address, leaves one with only an X.500 name out (saying so), and marks a contact group", () => {
    const x500 = "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=lisi";
    const read = recipientsOf({
      dataType: "msg",
      recipients: [
        { dataType: "recipient", name: "Li Si", email: x500, addressType: "EX", recipType: "to" },
        { dataType: "recipient", name: "Boss", email: x500, smtpAddress: "boss@contoso.cn", addressType: "EX", recipType: "cc" },
        { dataType: "recipient", name: "Partner", email: "chen@fabrikam.com", addressType: "SMTP", recipType: "bcc" },
        { dataType: "recipient", name: "Project team", email: "", addressType: "MAPIPDL", recipType: "to" },
      ],
    });
    expect(read).toEqual({
      list: [
        { address: "boss@contoso.cn", displayName: "Boss", field: "cc" },
        { address: "chen@fabrikam.com", displayName: "Partner", field: "bcc" },
        { address: "", displayName: "Project team", field: "to", recipientType: "distributionList" },
      ],
      incomplete: true,
    });
  });

  it("refuses a calendar item as not a mail message", () => {
    expect(parseMsg(sample("Appointment sample EST.msg"))).toEqual({ ok: false, error: "not a mail message: an Outlook item of class IPM.Appointment" });
  });

  it("gives a clear error for an empty file, a file that is not a .msg, and never throws on a cut-off one", () => {
    expect(parseMsg(new Uint8Array())).toEqual({ ok: false, error: "empty file" });
    expect(parseMsg(strToU8("From: a@b.c\r\n\r\nnot a msg"))).toMatchObject({ ok: false, error: expect.stringMatching(/^not (an|a readable) Outlook \.msg file/) });
    const whole = sample("attachmentFiles.msg");
    for (const length of [8, 512, 3000, Math.floor(whole.length / 2)]) {
      const result = parseMsg(whole.slice(0, length));
      expect(typeof result.ok).toBe("boolean");
      if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
    }
  });
});
