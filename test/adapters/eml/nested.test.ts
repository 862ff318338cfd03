import { snapshotOf } from "./fixtures";

describe("parseEml: attached messages", () => {
  it("lists attached messages as items and their attachments under a path name", async () => {
    const snapshot = await snapshotOf("nested-rfc822.eml");
    expect(snapshot.attachments.map(({ id, name, kind }) => ({ id, name, kind }))).toEqual([
      { id: "eml-0", name: "forwarded.eml", kind: "item" },
      { id: "eml-0.0", name: "forwarded.eml › invoice.pdf.exe", kind: "file" },
      // No file name: named after its subject, as Outlook does.
      { id: "eml-1", name: "Re: 合同.eml", kind: "item" },
      { id: "eml-1.0", name: "Re: 合同.eml › contract.pdf", kind: "file" },
    ]);
    expect(snapshot.attachments[0].contentType).toBe("message/rfc822");
    expect(snapshot.attachments[1].size).toBe(71);
    expect(snapshot.flags).toEqual({});
  });

  it("keeps the outer body to what the outer message says", async () => {
    const snapshot = await snapshotOf("nested-rfc822.eml");
    expect(snapshot.body.text).toContain("Two messages for you");
    expect(snapshot.body.text).not.toContain("See the contract.");
    expect(snapshot.subject).toBe("Forwarding two messages");
  });

  it("reads three levels by default and flags what lies deeper", async () => {
    const snapshot = await snapshotOf("deeply-nested.eml");
    expect(snapshot.attachments.map((a) => a.name)).toEqual([
      "level1.eml",
      "level1.eml › level2.eml",
      "level1.eml › level2.eml › level3.eml",
      "level1.eml › level2.eml › level3.eml › level4.eml",
    ]);
    expect(snapshot.attachments[3].contentUnavailable).toMatch(/nested more than 3 levels/);
    expect(snapshot.flags.nestedMessagesTooDeep).toBe(true);
  });

  it("sees the payload when maxDepth allows it", async () => {
    const snapshot = await snapshotOf("deeply-nested.eml", { maxDepth: 4 });
    const payload = snapshot.attachments.find((a) => a.name.endsWith("payload.exe"));
    expect(payload).toMatchObject({ id: "eml-0.0.0.0.0", name: "level1.eml › level2.eml › level3.eml › level4.eml › payload.exe", size: 71 });
    expect(snapshot.flags.nestedMessagesTooDeep).toBeUndefined();
  });

  it("reads no attached message with maxDepth 0, and says so", async () => {
    const snapshot = await snapshotOf("nested-rfc822.eml", { maxDepth: 0 });
    expect(snapshot.attachments.map((a) => a.name)).toEqual(["forwarded.eml", "attachment-2.eml"]);
    expect(snapshot.flags.nestedMessagesTooDeep).toBe(true);
  });

  it("falls back to the default for a limit that is not a number", async () => {
    const snapshot = await snapshotOf("deeply-nested.eml", { maxDepth: Number.NaN });
    expect(snapshot.attachments).toHaveLength(4);
  });
});
