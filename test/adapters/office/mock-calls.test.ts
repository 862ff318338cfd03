/**
 * The adapter on office-addin-mock (Outlook host): which Office calls each read and each fix
 * makes, in which order, and what happens when one fails or never calls back.
 */
import { strToU8, zipSync } from "fflate";
import { outlookMock, type OutlookMock } from "../../helpers/outlook-mock";
import { archiveReader } from "../../../src/adapters/office/archive-content";
import { applyEdit } from "../../../src/adapters/office/edits";
import { readComposeSnapshot } from "../../../src/adapters/office/read";
import { listZip } from "../../../src/archive/zip";

let mock: OutlookMock;
type Item = Office.MessageCompose;

function boot(options: Parameters<typeof outlookMock>[0] = {}): Item {
  mock = outlookMock(options);
  (globalThis as unknown as { Office: unknown }).Office = mock.office;
  return (mock.office as unknown as { context: { mailbox: { item: Item } } }).context.mailbox.item;
}

const person = (emailAddress: string) => ({ displayName: "", emailAddress });
const file = (id: string, name: string, size: number, attachmentType = "file") => ({ id, name, size, attachmentType, isInline: false });

afterEach(() => jest.useRealTimers());

describe("readComposeSnapshot on office-addin-mock", () => {
  it("asks for every field once", async () => {
    const item = boot({ state: { to: [person("a@example.cn")], attachments: [file("a1", "notes.txt", 10)] } });
    const snapshot = await readComposeSnapshot(item);
    expect([...mock.calls].sort()).toEqual(["bcc.getAsync", "body.getAsync(html)", "cc.getAsync", "from.getAsync", "getAttachmentsAsync", "subject.getAsync", "to.getAsync"]);
    expect(snapshot).toMatchObject({ subject: "Hello", body: { html: "<p>Hi</p>" }, sender: { address: "wang.fang@example.cn" }, flags: {} });
  });

  it("reads 501 recipients", async () => {
    const item = boot({ state: { bcc: Array.from({ length: 501 }, (_, i) => person(`u${i}@example.cn`)) } });
    expect((await readComposeSnapshot(item)).recipients).toHaveLength(501);
  });

  it("flags zero sizes (unsaved inline images, attached items) but not cloud files", async () => {
    const cloud = boot({ state: { attachments: [file("c", "plan.docx", 0, "cloud")] } });
    const read = await readComposeSnapshot(cloud);
    expect(read.attachments[0]).toMatchObject({ kind: "cloud", size: 0 });
    expect(read.flags.attachmentsIncomplete).toBeUndefined();
    const item = boot({ state: { attachments: [file("m", "forwarded.msg", 0, "item")] } });
    expect((await readComposeSnapshot(item)).flags.attachmentsIncomplete).toBe(true);
  });

  it("lists a zip through getAttachmentContentAsync", async () => {
    const content = Buffer.from(zipSync({ "run.bat": strToU8("echo") })).toString("base64");
    const item = boot({ state: { attachments: [file("z", "tools.zip", 200)], contents: { z: content } } });
    const snapshot = await readComposeSnapshot(item, { readContent: archiveReader((bytes) => listZip(bytes)) });
    expect(mock.calls).toContain("getAttachmentContentAsync(z)");
    expect(snapshot.attachments[0].archive?.entries.map((e) => e.path)).toEqual(["run.bat"]);
  });

  it("turns an Office error into a flag and keeps the rest", async () => {
    const item = boot({ fail: ["getAttachmentsAsync", "body.getAsync(html)"], state: { bodyHtml: "plain" } });
    const snapshot = await readComposeSnapshot(item);
    expect(snapshot.flags.attachmentsIncomplete).toBe(true);
    expect(snapshot.body).toEqual({ text: "plain" });
    expect(mock.calls).toContain("body.getAsync(text)");
  });

  it("gives up on a call that never calls back", async () => {
    jest.useFakeTimers();
    const item = boot({ hang: ["subject.getAsync"] });
    const pending = readComposeSnapshot(item);
    await jest.advanceTimersByTimeAsync(5000);
    expect((await pending).subject).toBe("");
  });
});

describe("applyEdit on office-addin-mock", () => {
  it.each([
    ["removeAttachment", { type: "removeAttachment", attachmentId: "a1", name: "setup.exe" }, ["removeAttachmentAsync(a1)"]],
    ["replaceRecipient", { type: "replaceRecipient", field: "to", address: "x@gmial.com", replacement: "x@gmail.com" }, ["to.getAsync", "to.setAsync"]],
    ["removeRecipient", { type: "removeRecipient", field: "to", address: "x@gmial.com" }, ["to.getAsync", "to.setAsync"]],
    ["moveRecipientsToBcc", { type: "moveRecipientsToBcc", addresses: ["x@gmial.com"] }, ["to.getAsync", "cc.getAsync", "bcc.getAsync", "bcc.setAsync", "to.setAsync"]],
  ] as const)("%s makes exactly these calls", async (_name, edit, calls) => {
    const item = boot({ state: { to: [person("x@gmial.com")], attachments: [file("a1", "setup.exe", 9)] } });
    expect(await applyEdit(item, edit)).toEqual({ ok: true });
    expect(mock.calls).toEqual(calls);
  });

  it("shares a file as a link: prepends the line, then removes the file", async () => {
    const item = boot({ state: { attachments: [file("v", "video.mp4", 9e7)] } });
    const link = { url: "https://pan.example.cn/s/1", html: '<p><a href="https://pan.example.cn/s/1">video.mp4</a></p>' };
    expect(await applyEdit(item, { type: "insertShareLink", attachmentId: "v", name: "video.mp4", size: 9e7, link })).toEqual({ ok: true });
    expect(mock.calls).toEqual(["body.prependAsync", "removeAttachmentAsync(v)"]);
    expect(mock.state.bodyHtml.startsWith(link.html)).toBe(true);
    expect(mock.state.attachments).toEqual([]);
  });

  it("says what failed and changes nothing else", async () => {
    const item = boot({ fail: ["body.prependAsync"], state: { attachments: [file("v", "video.mp4", 9e7)] } });
    const result = await applyEdit(item, { type: "insertShareLink", attachmentId: "v", name: "video.mp4", size: 9e7, link: { url: "https://pan.example.cn/s/1", html: "x" } });
    expect(result).toEqual({ ok: false, error: "body.prependAsync: body.prependAsync failed" });
    expect(mock.calls).toEqual(["body.prependAsync"]);
    expect(mock.state.attachments).toHaveLength(1);
  });
});
