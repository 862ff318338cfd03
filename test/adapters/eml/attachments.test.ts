import type { ArchiveListing } from "../../../src/engine/snapshot";
import { bytesOf, snapshotOf } from "./fixtures";

const LISTING: ArchiveListing = { format: "zip", entries: [{ path: "bin/tool.exe", size: 105, encrypted: false }], truncated: false };

describe("parseEml: attachments", () => {
  it("lists every part with a stable id, its name, decoded size, kind, inline flag and type", async () => {
    const snapshot = await snapshotOf("attachments.eml");
    expect(snapshot.attachments).toEqual([
      { id: "eml-0", name: "logo.png", size: 66, kind: "file", inline: true, contentType: "image/png" },
      { id: "eml-1", name: "setup.exe", size: 105, kind: "file", inline: false, contentType: "application/octet-stream" },
      { id: "eml-2", name: "tools.zip", size: 296, kind: "file", inline: false, contentType: "application/zip" },
      { id: "eml-3", name: "report.pdf", size: 77, kind: "file", inline: false, contentType: "application/pdf" },
      { id: "eml-4", name: "attachment-5.bin", size: 512, kind: "file", inline: false, contentType: "application/octet-stream" },
    ]);
    expect(snapshot.body.html).toContain("Please find the files attached.");
  });

  it("hands only zip attachments to listArchive, with their decoded bytes", async () => {
    const listArchive = jest.fn((bytes: Uint8Array, _name: string) => (bytes[0] === 0x50 && bytes[1] === 0x4b ? LISTING : undefined));
    const snapshot = await snapshotOf("attachments.eml", { listArchive });
    expect(listArchive).toHaveBeenCalledTimes(1);
    expect(listArchive.mock.calls[0][1]).toBe("tools.zip");
    expect(listArchive.mock.calls[0][0].length).toBe(296);
    expect(snapshot.attachments.find((a) => a.name === "tools.zip")?.archive).toEqual(LISTING);
    expect(snapshot.attachments.filter((a) => a.archive)).toHaveLength(1);
  });

  it("recognises a zip by its magic bytes whatever its name", async () => {
    const zipMagic = Buffer.from("PK\x03\x04rest-of-a-zip", "latin1").toString("base64");
    const message = bytesOf(
      `From: a@example.com\nTo: b@example.com\nSubject: x\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n` +
        `--b\nContent-Type: text/plain\n\nhi\n--b\nContent-Type: application/octet-stream; name="backup.dat"\n` +
        `Content-Transfer-Encoding: base64\n\n${zipMagic}\n--b--\n`,
    );
    const listArchive = jest.fn(() => LISTING);
    const snapshot = await snapshotOf(message, { listArchive });
    expect(listArchive).toHaveBeenCalledWith(expect.any(Uint8Array), "backup.dat");
    expect(snapshot.attachments[0].archive).toEqual(LISTING);
  });

  it("does not pass a zip over archiveMaxBytes and says why it was not listed", async () => {
    const listArchive = jest.fn(() => LISTING);
    const snapshot = await snapshotOf("attachments.eml", { listArchive, archiveMaxBytes: 100 });
    expect(listArchive).not.toHaveBeenCalled();
    const zip = snapshot.attachments.find((a) => a.name === "tools.zip");
    expect(zip?.archive).toBeUndefined();
    expect(zip?.contentUnavailable).toMatch(/over the .* listing limit/);
  });

  it("turns a listing that throws into contentUnavailable instead of failing the message", async () => {
    const listArchive = jest.fn(() => {
      throw new Error("bad central directory");
    });
    const snapshot = await snapshotOf("attachments.eml", { listArchive });
    expect(snapshot.attachments.find((a) => a.name === "tools.zip")?.contentUnavailable).toBe("archive could not be listed: bad central directory");
  });

  it("keeps no attachment bytes in the snapshot", async () => {
    const snapshot = await snapshotOf("attachments.eml", { listArchive: () => LISTING });
    const json = JSON.stringify(snapshot);
    expect(json).not.toContain("This program cannot be run");
    for (const attachment of snapshot.attachments) {
      for (const value of Object.values(attachment)) expect(value).not.toBeInstanceOf(Uint8Array);
    }
  });
});
