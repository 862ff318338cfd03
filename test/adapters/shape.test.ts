/**
 * One message, read by both adapters: from an .eml file (CLI) and from the compose item (Office,
 * simulated). Both must produce the same snapshot shape, and the same values where both can know
 * them, so every rule sees one message the same way whichever shell read it.
 */
import { strToU8, zipSync } from "fflate";
import fs from "node:fs";
import path from "node:path";
import { parseEml } from "../../src/adapters/eml";
import { parseMsg } from "../../src/adapters/msg";
import { pstMessageSnapshot } from "../../src/adapters/pst";
import type { PSTMessage } from "pst-extractor";
import { archiveReader } from "../../src/adapters/office/archive-content";
import { readComposeSnapshot } from "../../src/adapters/office/read";
import { listZip } from "../../src/archive/zip";
import type { MessageSnapshot } from "../../src/engine/snapshot";
import { createOfficeSim } from "../../src/preview/office-sim/office";
import { emptyState } from "../../src/preview/office-sim/state";

const ZIP = zipSync({ "bin/setup.exe": strToU8("MZ"), "notes.txt": strToU8("hi") });
const PDF = strToU8("%PDF-1.4 a small report");
const HTML = "<p>王经理：</p><p>季度报告见附件，请查收。</p>";
const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString("base64");

const EML = [
  "From: Wang Fang <wang.fang@contoso.cn>",
  "To: Zhang San <zhang.san@contoso.cn>",
  "Cc: li.si@fabrikam.com",
  "Bcc: boss@contoso.cn",
  `Subject: =?UTF-8?B?${b64(strToU8("季度报告"))}?=`,
  "MIME-Version: 1.0",
  'Content-Type: multipart/mixed; boundary="b"',
  "",
  "--b",
  "Content-Type: text/html; charset=utf-8",
  "Content-Transfer-Encoding: base64",
  "",
  b64(strToU8(HTML)),
  "--b",
  'Content-Type: application/pdf; name="report.pdf"',
  'Content-Disposition: attachment; filename="report.pdf"',
  "Content-Transfer-Encoding: base64",
  "",
  b64(PDF),
  "--b",
  'Content-Type: application/zip; name="tools.zip"',
  'Content-Disposition: attachment; filename="tools.zip"',
  "Content-Transfer-Encoding: base64",
  "",
  b64(ZIP),
  "--b--",
  "",
].join("\r\n");

async function fromEml(): Promise<MessageSnapshot> {
  const result = await parseEml(strToU8(EML), { listArchive: (bytes) => listZip(bytes) });
  if (!result.ok) throw new Error(result.error);
  return result.snapshot;
}

async function fromOffice(): Promise<MessageSnapshot> {
  const sim = createOfficeSim({
    ...emptyState(),
    from: { displayName: "Wang Fang", emailAddress: "wang.fang@contoso.cn" },
    to: [{ displayName: "Zhang San", emailAddress: "zhang.san@contoso.cn" }],
    cc: [{ displayName: "", emailAddress: "li.si@fabrikam.com" }],
    bcc: [{ displayName: "", emailAddress: "boss@contoso.cn" }],
    subject: "季度报告",
    bodyHtml: HTML,
    attachments: [
      { id: "1", name: "report.pdf", size: PDF.length, isInline: false, attachmentType: "file" },
      { id: "2", name: "tools.zip", size: ZIP.length, isInline: false, attachmentType: "file", base64: b64(ZIP) },
    ],
  });
  (globalThis as unknown as { Office: unknown }).Office = sim.office;
  const item = (sim.office as { context: { mailbox: { item: Office.MessageCompose } } }).context.mailbox.item;
  return readComposeSnapshot(item, { readContent: archiveReader((bytes) => listZip(bytes)) });
}

/**
 * A real Outlook item file with a sender, a recipient and three attachments (no .msg writer exists
 * to build the message above as .msg, so the .msg adapter is held to the shape, and its values
 * are checked in test/adapters/msg). A missing corpus fails the test.
 */
async function fromMsg(): Promise<MessageSnapshot> {
  const bytes = fs.readFileSync(path.resolve(__dirname, "../../../shared/corpora/msg-samples/attachmentFiles.msg"));
  const result = parseMsg(new Uint8Array(bytes), { listArchive: (b) => listZip(b) });
  if (!result.ok) throw new Error(result.error);
  expect(result.snapshot.recipients.length).toBeGreaterThan(0);
  expect(result.snapshot.attachments.length).toBeGreaterThan(0);
  return result.snapshot;
}

/**
 * The message above as pst-extractor hands it over from a .pst (no .pst writer exists to store it
 * in one: the real files' messages are checked field by field in test/adapters/pst). Property
 * names and values as pst-extractor's PSTMessage, PSTRecipient and PSTAttachment give them.
 */
function pstAttachment(name: string, mimeTag: string, bytes: Uint8Array) {
  return {
    attachMethod: 1, // ATTACHMENT_METHOD_BY_VALUE
    longFilename: name,
    filename: name.slice(0, 8),
    displayName: name,
    filesize: bytes.length,
    size: bytes.length + 200,
    contentId: "",
    mimeTag,
    fileInputStream: { readCompletely: (target: Buffer) => void Buffer.from(bytes).copy(target) },
  };
}

async function fromPst(): Promise<MessageSnapshot> {
  const recipients = [
    { displayName: "Zhang San", smtpAddress: "zhang.san@contoso.cn", emailAddress: "zhang.san@contoso.cn", addrType: "SMTP", recipientType: 1 },
    { displayName: "", smtpAddress: "", emailAddress: "li.si@fabrikam.com", addrType: "SMTP", recipientType: 2 },
    { displayName: "", smtpAddress: "boss@contoso.cn", emailAddress: "/o=Contoso/ou=Exchange/cn=Recipients/cn=boss", addrType: "EX", recipientType: 3 },
  ];
  const attachments = [pstAttachment("report.pdf", "application/pdf", PDF), pstAttachment("tools.zip", "application/zip", ZIP)];
  const message = {
    senderName: "Wang Fang",
    senderEmailAddress: "wang.fang@contoso.cn",
    senderAddrtype: "SMTP",
    subject: "季度报告",
    bodyHTML: HTML,
    body: "",
    numberOfRecipients: recipients.length,
    getRecipient: (i: number) => recipients[i],
    numberOfAttachments: attachments.length,
    getAttachment: (i: number) => attachments[i],
  };
  return pstMessageSnapshot(message as unknown as PSTMessage, { listArchive: (bytes) => listZip(bytes) });
}

/** Fields each adapter may set, and what type each has: the snapshot's contract. */
const SNAPSHOT_KEYS = ["sender", "recipients", "subject", "body", "attachments", "domainChecks", "flags"];
const RECIPIENT_KEYS = ["address", "displayName", "field", "recipientType"];
const ATTACHMENT_KEYS = ["id", "name", "size", "kind", "inline", "contentType", "archive", "contentUnavailable"];

function shapeProblems(s: MessageSnapshot): string[] {
  const problems: string[] = [];
  const extra = (keys: string[], allowed: string[], where: string) =>
    keys.filter((k) => !allowed.includes(k)).forEach((k) => problems.push(`${where}.${k} is not in the snapshot contract`));
  extra(Object.keys(s), SNAPSHOT_KEYS, "snapshot");
  s.recipients.forEach((r, i) => extra(Object.keys(r), RECIPIENT_KEYS, `recipients[${i}]`));
  s.attachments.forEach((a, i) => extra(Object.keys(a), ATTACHMENT_KEYS, `attachments[${i}]`));
  if (typeof s.subject !== "string") problems.push("subject is not a string");
  if (s.attachments.some((a) => typeof a.id !== "string" || !(a.size >= 0))) problems.push("attachment id or size");
  if (JSON.stringify(JSON.parse(JSON.stringify(s))) !== JSON.stringify(s)) problems.push("not plain JSON");
  return problems;
}

/** What both adapters can know about a message, in a comparable form. */
function essentials(s: MessageSnapshot) {
  return {
    sender: s.sender,
    recipients: s.recipients.map(({ address, displayName, field }) => ({ address, displayName, field })),
    subject: s.subject,
    html: s.body.html?.trim(),
    attachments: s.attachments.map((a) => ({
      name: a.name,
      size: a.size,
      kind: a.kind,
      inline: a.inline,
      entries: a.archive?.entries.map((e) => e.path).sort(),
    })),
    flags: s.flags,
  };
}

describe.each([
  ["the .eml adapter", fromEml],
  ["the Office adapter", fromOffice],
  ["the .msg adapter", fromMsg],
  ["the .pst adapter", fromPst],
])("%s", (_, read) => {
  it("produces a snapshot within the shared contract", async () => {
    expect(shapeProblems(await read())).toEqual([]);
  });
});

it("both adapters see the same message the same way", async () => {
  const [eml, office] = await Promise.all([fromEml(), fromOffice()]);
  expect(essentials(office)).toEqual(essentials(eml));
});

it("the .pst adapter sees the same message as the .eml adapter", async () => {
  const [eml, pst] = await Promise.all([fromEml(), fromPst()]);
  expect(essentials(pst)).toEqual(essentials(eml));
});
