/**
 * pstMessageSnapshot on messages shaped as pst-extractor hands them over, for what the real
 * sample files do not hold: attached messages (nested, and nested too deep), Exchange recipients
 * without an SMTP address, inline images, zip listings and their size limit.
 */
import { strToU8, zipSync } from "fflate";
import type { PSTMessage } from "pst-extractor";
import { pstMessageSnapshot } from "../../../src/adapters/pst";
import { checkMessage } from "../../../src/check/check";
import { DEFAULT_POLICY } from "../../../src/engine/policy/defaults";
import { listZip } from "../../../src/archive/zip";

interface FakeAttachment {
  readonly attachMethod: number;
  readonly displayName: string;
  readonly longFilename?: string;
  readonly filename?: string;
  readonly filesize?: number;
  readonly size?: number;
  readonly contentId?: string;
  readonly mimeTag?: string;
  readonly fileInputStream?: { readCompletely(target: Buffer): void };
  readonly embeddedPSTMessage?: PSTMessage | null;
}

const BY_VALUE = 1;
const EMBEDDED = 5;

function file(name: string, bytes: Uint8Array, extra: Partial<FakeAttachment> = {}): FakeAttachment {
  return {
    attachMethod: BY_VALUE,
    displayName: name,
    longFilename: name,
    filename: name,
    filesize: bytes.length,
    size: bytes.length + 100,
    contentId: "",
    mimeTag: "",
    fileInputStream: { readCompletely: (target) => void Buffer.from(bytes).copy(target) },
    ...extra,
  };
}

function message(subject: string, attachments: FakeAttachment[], extra: Record<string, unknown> = {}): PSTMessage {
  const fake = {
    senderName: "Wang Fang",
    senderEmailAddress: "wang.fang@contoso.cn",
    senderAddrtype: "SMTP",
    subject,
    bodyHTML: "",
    body: "see attached",
    numberOfRecipients: 0,
    getRecipient: () => null,
    numberOfAttachments: attachments.length,
    getAttachment: (i: number) => attachments[i],
    ...extra,
  };
  return fake as unknown as PSTMessage;
}

function embedded(name: string, inner: PSTMessage | null, size = 5000): FakeAttachment {
  return { attachMethod: EMBEDDED, displayName: name, size, embeddedPSTMessage: inner };
}

const EXE = strToU8("MZ");

describe("pstMessageSnapshot", () => {
  it("lists an attached message as an item, its own attachments after it under its name", () => {
    const inner = message("Installer", [file("setup.exe", EXE)]);
    const snapshot = pstMessageSnapshot(message("Fwd: Installer", [embedded("Installer", inner), file("notes.txt", strToU8("hi"))]));
    expect(snapshot.attachments.map(({ id, name, kind, size }) => ({ id, name, kind, size }))).toEqual([
      { id: "pst-0", name: "Installer", kind: "item", size: 5000 },
      { id: "pst-0.0", name: "Installer › setup.exe", kind: "file", size: 2 },
      { id: "pst-1", name: "notes.txt", kind: "file", size: 2 },
    ]);
    expect(snapshot.flags).toEqual({});
  });

  it("stops three levels down and says so, and says when an attached message cannot be read", () => {
    let deepest = message("level 4", [file("payload.exe", EXE)]);
    for (let level = 3; level >= 1; level--) deepest = message(`level ${level}`, [embedded(`level ${level + 1}`, deepest)]);
    const snapshot = pstMessageSnapshot(message("top", [embedded("level 1", deepest), embedded("broken", null)]));
    expect(snapshot.attachments.some((a) => a.name.endsWith("payload.exe"))).toBe(false);
    expect(snapshot.attachments.find((a) => a.contentUnavailable?.includes("nested more than 3 levels"))).toBeDefined();
    expect(snapshot.attachments.find((a) => a.name === "broken")?.contentUnavailable).toBe("attached message could not be read");
    expect(snapshot.flags).toEqual({ nestedMessagesTooDeep: true, attachmentsIncomplete: true });
  });

  it("reads the HTML a body stored only as RTF encapsulates, and keeps the plain text when the RTF has none or is damaged", () => {
    const rtf = '{\\rtf1\\ansi\\fromhtml1 {\\*\\htmltag19 <html>}{\\*\\htmltag84 <a href="http://203.0.113.9/login">}sign in{\\*\\htmltag92 </a>}{\\*\\htmltag27 </html>}}';
    const withRtf = pstMessageSnapshot(message("Invoice", [], { bodyRTF: rtf }));
    expect(withRtf.body).toEqual({ html: '<html><a href="http://203.0.113.9/login">sign in</a></html>', text: "see attached" });
    const native = pstMessageSnapshot(message("Notes", [], { bodyRTF: "{\\rtf1\\ansi Hello\\par}" }));
    expect(native.body).toEqual({ text: "see attached" });
    const damaged = message("Broken", []);
    Object.defineProperty(damaged, "bodyRTF", { get: () => { throw new Error("LZFu::constructor decode Error decompressing RTF"); } });
    expect(pstMessageSnapshot(damaged).body).toEqual({ text: "see attached" });
  });

  it("takes recipients' SMTP addresses, never an Exchange X.500 name, and their fields", () => {
    const recipients = [
      { displayName: "Li Si", smtpAddress: "", emailAddress: "/o=Contoso/ou=Exchange/cn=Recipients/cn=lisi", addrType: "EX", recipientType: 2 },
      { displayName: "Boss", smtpAddress: "boss@contoso.cn", emailAddress: "/o=Contoso/cn=boss", addrType: "EX", recipientType: 3 },
      { displayName: "Partner", smtpAddress: "", emailAddress: "chen@fabrikam.com", addrType: "SMTP", recipientType: 1 },
      { displayName: "Project team", smtpAddress: "", emailAddress: "", addrType: "MAPIPDL", recipientType: 1 },
    ];
    const snapshot = pstMessageSnapshot(message("hi", [], { numberOfRecipients: 4, getRecipient: (i: number) => recipients[i], senderAddrtype: "EX", senderEmailAddress: "/o=Contoso/cn=wang" }));
    // Li Si has only an X.500 name: left out and said, never reported as an invalid address.
    expect(snapshot.recipients).toEqual([
      { address: "boss@contoso.cn", displayName: "Boss", field: "bcc" },
      { address: "chen@fabrikam.com", displayName: "Partner", field: "to" },
      { address: "", displayName: "Project team", field: "to", recipientType: "distributionList" },
    ]);
    expect(snapshot.flags).toEqual({ recipientsIncomplete: true });
    // The contact group is Outlook's to expand: no "invalid address" for it.
    expect(checkMessage(snapshot, DEFAULT_POLICY).findings.filter((f) => f.ruleId === "recipient-invalid-address")).toEqual([]);
    expect(snapshot.sender).toBeUndefined();
  });

  it("marks an image the HTML shows by its Content-ID as inline", () => {
    const png = strToU8("\x89PNG");
    const snapshot = pstMessageSnapshot(
      message("logo", [file("logo.png", png, { contentId: "logo@01" }), file("other.png", png, { contentId: "other@01" })], { bodyHTML: '<img src="cid:logo@01">' }),
    );
    expect(snapshot.attachments.map((a) => [a.name, a.inline])).toEqual([
      ["logo.png", true],
      ["other.png", false],
    ]);
  });

  it("lists a zip attachment within the size limit and says when one is over it", () => {
    const zip = zipSync({ "bin/setup.exe": EXE });
    const snapshot = pstMessageSnapshot(message("tools", [file("tools.zip", zip), file("big.zip", zip)]), {
      listArchive: (bytes) => listZip(bytes),
      archiveMaxBytes: zip.length,
    });
    expect(snapshot.attachments[0].archive?.entries.map((e) => e.path)).toEqual(["bin/setup.exe"]);
    const big = pstMessageSnapshot(message("tools", [file("big.zip", zip)]), { listArchive: (bytes) => listZip(bytes), archiveMaxBytes: zip.length - 1 });
    expect(big.attachments[0].archive).toBeUndefined();
    expect(big.attachments[0].contentUnavailable).toMatch(/listing limit/);
  });
});
