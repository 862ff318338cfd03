/**
 * The Office adapter's read of the compose item, against the simulated Office.js (Office's
 * AsyncResult and callback semantics): every field, partial failures as flags, archives listed
 * within bounds, and a call that never calls back.
 */
import { strToU8, zipSync } from "fflate";
import { archiveReader } from "../../../src/adapters/office/archive-content";
import { readComposeSnapshot } from "../../../src/adapters/office/read";
import { listZip } from "../../../src/archive/zip";
import { createOfficeSim, type OfficeSim } from "../../../src/preview/office-sim/office";
import { emptyState, type SimState } from "../../../src/preview/office-sim/state";

type Item = Office.MessageCompose;
let sim: OfficeSim;

function install(state: Partial<SimState>): Item {
  sim = createOfficeSim({ ...emptyState(), ...state });
  (globalThis as unknown as { Office: unknown }).Office = sim.office;
  return (sim.office as { context: { mailbox: { item: Item } } }).context.mailbox.item;
}

const person = (emailAddress: string, displayName = "") => ({ emailAddress, displayName });
const zipBase64 = (files: Record<string, string>): string => Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])))).toString("base64");

describe("readComposeSnapshot", () => {
  it("reads sender, recipients, subject, HTML body and attachments", async () => {
    const item = install({
      subject: "季度报告",
      to: [person("zhang.san@contoso.cn", "Zhang San")],
      cc: [person("li.si@fabrikam.com")],
      bcc: [person("boss@contoso.cn")],
      bodyHtml: "<p>请查收</p>",
      attachments: [
        { id: "1", name: "report.pdf", size: 2048, isInline: false, attachmentType: "file" },
        { id: "2", name: "logo.png", size: 0, isInline: true, attachmentType: "file" },
        { id: "3", name: "Spec", size: 0, isInline: false, attachmentType: "cloud" },
      ],
    });
    const snapshot = await readComposeSnapshot(item);
    expect(snapshot.sender).toEqual({ address: "wang.fang@example.cn", displayName: "Wang Fang" });
    expect(snapshot.recipients).toEqual([
      { address: "zhang.san@contoso.cn", displayName: "Zhang San", field: "to", recipientType: "other" },
      { address: "li.si@fabrikam.com", displayName: "", field: "cc", recipientType: "other" },
      { address: "boss@contoso.cn", displayName: "", field: "bcc", recipientType: "other" },
    ]);
    expect(snapshot.subject).toBe("季度报告");
    expect(snapshot.body).toEqual({ html: "<p>请查收</p>" });
    expect(snapshot.attachments.map((a) => [a.name, a.size, a.kind, a.inline])).toEqual([
      ["report.pdf", 2048, "file", false],
      ["logo.png", 0, "file", true],
      ["Spec", 0, "cloud", false],
    ]);
    // The unsaved inline image has no size yet: the snapshot says so instead of guessing.
    expect(snapshot.flags).toEqual({ attachmentsIncomplete: true });
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
  });

  it("reads more than 500 recipients", async () => {
    const to = Array.from({ length: 750 }, (_, i) => person(`user${i}@contoso.cn`));
    const snapshot = await readComposeSnapshot(install({ to }));
    expect(snapshot.recipients).toHaveLength(750);
  });

  it("lists a zip's entries when given a lister, and keeps no bytes", async () => {
    const base64 = zipBase64({ "bin/run.bat": "@echo off", "readme.txt": "hi" });
    const item = install({ attachments: [{ id: "z", name: "tools.zip", size: 300, isInline: false, attachmentType: "file", base64 }] });
    const withLister = await readComposeSnapshot(item, { readContent: archiveReader((bytes) => listZip(bytes)) });
    expect(withLister.attachments[0].archive?.entries.map((e) => e.path).sort()).toEqual(["bin/run.bat", "readme.txt"]);
    expect(JSON.stringify(withLister)).not.toContain(base64.slice(0, 20));
    const without = await readComposeSnapshot(item);
    expect(without.attachments[0].archive).toBeUndefined();
  });

  it("fetches every archive format by name, and hands the lister the name with the bytes", async () => {
    const item = install({
      attachments: ["a.7z", "b.tar.gz", "c.rar", "d.arj", "e.lzh", "f.cab", "g.pdf"].map((name, i) => ({ id: `x${i}`, name, size: 300, isInline: false, attachmentType: "file", base64: "UEsFBg==" })),
    });
    const seen: string[] = [];
    const snapshot = await readComposeSnapshot(item, {
      readContent: archiveReader((bytes, name) => {
        seen.push(`${name}:${bytes.length}`);
        return { format: "test", entries: [], truncated: false };
      }),
    });
    expect(seen).toEqual(["a.7z:4", "b.tar.gz:4", "c.rar:4", "d.arj:4", "e.lzh:4", "f.cab:4"]);
    expect(snapshot.attachments.map((a) => a.archive !== undefined)).toEqual([true, true, true, true, true, true, false]);
  });

  it("waits for a lister that loads its code first, and turns its failure into contentUnavailable", async () => {
    const base64 = zipBase64({ "bin/run.bat": "@echo off" });
    const item = install({ attachments: [{ id: "z", name: "tools.zip", size: 300, isInline: false, attachmentType: "file", base64 }] });
    const later = await readComposeSnapshot(item, { readContent: archiveReader((bytes) => Promise.resolve().then(() => listZip(bytes))) });
    expect(later.attachments[0].archive?.entries.map((e) => e.path)).toEqual(["bin/run.bat"]);
    // The pane's zip reader is a chunk: a stale deploy or a dropped connection fails its import.
    const failed = await readComposeSnapshot(item, { readContent: archiveReader(() => Promise.reject(new Error("Loading chunk zip failed."))) });
    expect(failed.attachments[0].archive).toBeUndefined();
    expect(failed.attachments[0].contentUnavailable).toBe("Loading chunk zip failed.");
  });

  it("does not fetch an archive over the size bound, and says why", async () => {
    const item = install({ attachments: [{ id: "z", name: "big.zip", size: 30 * 1024 * 1024, isInline: false, attachmentType: "file", base64: "UEsFBg==" }] });
    let fetched = false;
    const original = item.getAttachmentContentAsync.bind(item);
    (item as unknown as { getAttachmentContentAsync: unknown }).getAttachmentContentAsync = (...args: unknown[]) => {
      fetched = true;
      return (original as (...a: unknown[]) => void)(...args);
    };
    const snapshot = await readComposeSnapshot(item, { readContent: archiveReader((bytes) => listZip(bytes), { archiveMaxBytes: 10 * 1024 * 1024 }) });
    expect(fetched).toBe(false);
    expect(snapshot.attachments[0].contentUnavailable).toBe("archive is 30 MB, over the 10 MB listing limit");
  });

  it("turns a failed or silent content call into contentUnavailable", async () => {
    const item = install({
      attachments: [
        { id: "a", name: "denied.zip", size: 100, isInline: false, attachmentType: "file" },
        { id: "b", name: "silent.zip", size: 100, isInline: false, attachmentType: "file", base64: "UEsFBg==" },
      ],
    });
    const original = item.getAttachmentContentAsync.bind(item) as (...a: unknown[]) => void;
    (item as unknown as { getAttachmentContentAsync: unknown }).getAttachmentContentAsync = (id: string, ...rest: unknown[]) =>
      id === "b" ? undefined : original(id, ...rest); // "b" never calls back
    const snapshot = await readComposeSnapshot(item, { readContent: archiveReader((bytes) => listZip(bytes), { contentTimeoutMs: 30 }) });
    expect(snapshot.attachments[0].contentUnavailable).toMatch(/getAttachmentContentAsync: The attachment content is not available/);
    expect(snapshot.attachments[1].contentUnavailable).toMatch(/no answer within 30 ms/);
  });

  it("falls back to the text body, and flags what Office would not give", async () => {
    const item = install({ bodyHtml: "<p>hello</p>", to: [person("a@contoso.cn")] });
    const body = item.body as unknown as { getAsync: (coercion: string, cb: (r: unknown) => void) => void };
    const getBody = body.getAsync.bind(body);
    body.getAsync = (coercion, cb) =>
      coercion === "html" ? setTimeout(() => cb({ status: "failed", error: { code: 9000, message: "nope" } }), 0) : getBody(coercion, cb);
    (item.to as unknown as { getAsync: unknown }).getAsync = (cb: (r: unknown) => void) =>
      setTimeout(() => cb({ status: "failed", error: { code: 9000, message: "busy" } }), 0);
    const snapshot = await readComposeSnapshot(item);
    expect(snapshot.body.text).toContain("hello");
    expect(snapshot.flags.recipientsIncomplete).toBe(true);
    expect(snapshot.flags.bodyTruncated).toBeUndefined();
  });

  it("refuses when no message is being written", async () => {
    await expect(readComposeSnapshot(undefined)).rejects.toThrow("No message is open for composing.");
  });
});
