/**
 * Every fix against the simulated Office.js: what it changes, the calls it makes, and that a
 * failing call changes nothing else.
 */
import { applyEdit } from "../../../src/adapters/office/edits";
import { createOfficeSim, type OfficeSim } from "../../../src/preview/office-sim/office";
import { emptyState, type SimState } from "../../../src/preview/office-sim/state";

type Item = Office.MessageCompose;
let sim: OfficeSim;
let calls: string[];

const person = (emailAddress: string, displayName = "") => ({ emailAddress, displayName });

/** Installs the sim and records every Office call made on the item. */
function install(state: Partial<SimState>): Item {
  sim = createOfficeSim({ ...emptyState(), ...state });
  (globalThis as unknown as { Office: unknown }).Office = sim.office;
  calls = [];
  const item = (sim.office as { context: { mailbox: { item: Record<string, unknown> } } }).context.mailbox.item;
  const spy = (owner: Record<string, unknown>, name: string, label: string) => {
    const original = owner[name] as (...args: unknown[]) => unknown;
    owner[name] = (...args: unknown[]) => {
      calls.push(label);
      return original(...args);
    };
  };
  for (const field of ["to", "cc", "bcc"]) {
    spy(item[field] as Record<string, unknown>, "getAsync", `${field}.get`);
    spy(item[field] as Record<string, unknown>, "setAsync", `${field}.set`);
  }
  spy(item, "removeAttachmentAsync", "removeAttachment");
  spy(item.body as Record<string, unknown>, "prependAsync", "body.prepend");
  return item as unknown as Item;
}

/** Makes one Office method fail with an Office error, asynchronously as Office does. */
function failing(owner: unknown, name: string, message: string): void {
  (owner as Record<string, unknown>)[name] = (...args: unknown[]) => {
    const callback = args[args.length - 1] as (r: unknown) => void;
    setTimeout(() => callback({ status: "failed", error: { code: 9000, message } }), 0);
  };
}

describe("applyEdit", () => {
  it("removes an attachment", async () => {
    const item = install({ attachments: [{ id: "a1", name: "setup.exe", size: 10, isInline: false, attachmentType: "file" }] });
    expect(await applyEdit(item, { type: "removeAttachment", attachmentId: "a1", name: "setup.exe" })).toEqual({ ok: true });
    expect(sim.state.attachments).toEqual([]);
    expect(calls).toEqual(["removeAttachment"]);
  });

  it("says what failed when the attachment is gone", async () => {
    const item = install({});
    const result = await applyEdit(item, { type: "removeAttachment", attachmentId: "nope", name: "x.exe" });
    expect(result).toEqual({ ok: false, error: "removeAttachmentAsync: The attachment ID does not exist." });
  });

  it("replaces a mistyped address and keeps the others and their order", async () => {
    const item = install({ to: [person("a@contoso.cn", "A"), person("friend@gmial.com", "friend@gmial.com"), person("b@contoso.cn")] });
    const result = await applyEdit(item, { type: "replaceRecipient", field: "to", address: "friend@gmial.com", replacement: "friend@gmail.com" });
    expect(result).toEqual({ ok: true });
    expect(sim.state.to).toEqual([person("a@contoso.cn", "A"), person("friend@gmail.com", "friend@gmail.com"), person("b@contoso.cn")]);
    expect(calls).toEqual(["to.get", "to.set"]);
  });

  it("does not write when the address to replace is no longer there", async () => {
    const item = install({ to: [person("a@contoso.cn")] });
    const result = await applyEdit(item, { type: "replaceRecipient", field: "to", address: "x@gmial.com", replacement: "x@gmail.com" });
    expect(result).toEqual({ ok: false, error: "x@gmial.com is no longer in TO" });
    expect(calls).toEqual(["to.get"]);
  });

  it("removes one copy of a duplicate, the last", async () => {
    const item = install({ cc: [person("a@contoso.cn", "First"), person("b@contoso.cn"), person("A@contoso.cn", "Second")] });
    expect(await applyEdit(item, { type: "removeRecipient", field: "cc", address: "a@contoso.cn" })).toEqual({ ok: true });
    expect(sim.state.cc).toEqual([person("a@contoso.cn", "First"), person("b@contoso.cn")]);
  });

  it("moves external addresses from To and Cc to Bcc, once each, Bcc first", async () => {
    const item = install({
      to: [person("x@fabrikam.com"), person("me@contoso.cn")],
      cc: [person("y@fabrikam.com"), person("X@fabrikam.com")],
      bcc: [person("y@fabrikam.com")],
    });
    const result = await applyEdit(item, { type: "moveRecipientsToBcc", addresses: ["x@fabrikam.com", "y@fabrikam.com"] });
    expect(result).toEqual({ ok: true });
    expect(sim.state.to).toEqual([person("me@contoso.cn")]);
    expect(sim.state.cc).toEqual([]);
    expect(sim.state.bcc).toEqual([person("y@fabrikam.com"), person("x@fabrikam.com")]);
    expect(calls.filter((c) => c.endsWith(".set"))).toEqual(["bcc.set", "to.set", "cc.set"]);
  });

  it("leaves To and Cc alone when Bcc cannot be written", async () => {
    const item = install({ to: [person("x@fabrikam.com")] });
    failing(item.bcc, "setAsync", "The item is read-only");
    const result = await applyEdit(item, { type: "moveRecipientsToBcc", addresses: ["x@fabrikam.com"] });
    expect(result).toEqual({ ok: false, error: "bcc.setAsync: The item is read-only" });
    expect(sim.state.to).toEqual([person("x@fabrikam.com")]);
  });

  it("shares a file as a link: the line first, then the attachment goes", async () => {
    const item = install({ bodyHtml: "<p>Hi</p>", attachments: [{ id: "v", name: "video.mp4", size: 9e7, isInline: false, attachmentType: "file" }] });
    const link = { url: "https://pan.example.cn/s/abc", html: '<p>video.mp4: <a href="https://pan.example.cn/s/abc">https://pan.example.cn/s/abc</a></p>' };
    expect(await applyEdit(item, { type: "insertShareLink", attachmentId: "v", name: "video.mp4", size: 9e7, link })).toEqual({ ok: true });
    expect(sim.state.bodyHtml).toBe(`${link.html}<p>Hi</p>`);
    expect(sim.state.attachments).toEqual([]);
    expect(calls).toEqual(["body.prepend", "removeAttachment"]);
  });

  it("keeps the attachment when the link could not be written, and refuses a link that is not https", async () => {
    const item = install({ attachments: [{ id: "v", name: "video.mp4", size: 9e7, isInline: false, attachmentType: "file" }] });
    const edit = { type: "insertShareLink", attachmentId: "v", name: "video.mp4", size: 9e7 } as const;
    expect(await applyEdit(item, { ...edit, link: { url: "http://pan.example.cn/s", html: "x" } })).toEqual({ ok: false, error: "a share link starting with https:// is needed" });
    failing(item.body, "prependAsync", "The body is locked");
    expect(await applyEdit(item, { ...edit, link: { url: "https://pan.example.cn/s", html: "x" } })).toEqual({ ok: false, error: "body.prependAsync: The body is locked" });
    expect(sim.state.attachments).toHaveLength(1);
  });

  it("refuses without an item", async () => {
    expect(await applyEdit(undefined, { type: "removeRecipient", field: "to", address: "a@b.cn" })).toEqual({ ok: false, error: "No message is open for composing." });
  });
});
