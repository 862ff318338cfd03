import { bytesOf, snapshotOf } from "./fixtures";

describe("parseEml: headers and bodies", () => {
  it("reads a plain UTF-8 message with CRLF line ends", async () => {
    const snapshot = await snapshotOf("simple-text.eml");
    expect(snapshot.sender).toEqual({ address: "li.wei@example.com", displayName: "Li Wei" });
    expect(snapshot.subject).toBe("Quarterly figures");
    expect(snapshot.recipients).toEqual([
      { field: "to", address: "zhang.san@example.org", displayName: "Zhang San" },
      { field: "to", address: "ops@example.net", displayName: "" },
      { field: "cc", address: "wang.fang@example.com", displayName: "Wang, Fang" },
    ]);
    expect(snapshot.body.text).toContain("季度报表已经准备好了。");
    expect(snapshot.body.html).toBeUndefined();
    expect(snapshot.attachments).toEqual([]);
    expect(snapshot.flags).toEqual({});
  });

  it("never sets recipientType: only Office knows it", async () => {
    const snapshot = await snapshotOf("groups-and-encoded-words.eml");
    for (const recipient of snapshot.recipients) expect(recipient).not.toHaveProperty("recipientType");
  });

  it("keeps both the HTML and the text alternative, links intact", async () => {
    const snapshot = await snapshotOf("html-with-links.eml");
    expect(snapshot.subject).toBe("优惠活动 this week");
    expect(snapshot.body.html).toContain('<a href="https://bit.ly/3abcd">https://www.example.com/offer</a>');
    expect(snapshot.body.html).toContain("优惠活动");
    expect(snapshot.body.text).toContain("http://192.0.2.10/shop today.");
  });

  it("flattens groups, decodes encoded words in every charset, and takes the first From mailbox", async () => {
    const snapshot = await snapshotOf("groups-and-encoded-words.eml");
    expect(snapshot.sender).toEqual({ address: "wang.fang@example.com", displayName: "王芳" });
    expect(snapshot.subject).toBe("会议通知：下周一 (Monday)");
    expect(snapshot.recipients).toEqual([
      { field: "to", address: "zhang.san@example.org", displayName: "张三" },
      { field: "to", address: "li.wei@example.com", displayName: "Li, Wei" },
      { field: "to", address: "solo@example.net", displayName: "" },
      { field: "cc", address: "mueller@example.de", displayName: "Müller Jürgen" },
      { field: "cc", address: "chen.ming@example.cn", displayName: "陈明" },
      { field: "bcc", address: "audit@example.tw", displayName: "審計部" },
    ]);
  });

  it("survives broken encoded words without throwing and keeps what can be read", async () => {
    const snapshot = await snapshotOf("broken-encoded-word.eml");
    expect(snapshot.subject.startsWith("会议")).toBe(true);
    // An unknown label over one Latin-1 byte is detected as Windows-1252, not dropped.
    expect(snapshot.subject).toContain("café");
    expect(snapshot.subject).toContain("unterminated");
    expect(snapshot.sender?.address).toBe("sender@example.com");
    expect(snapshot.recipients.map((r) => r.address)).toEqual(["empty@example.com", "half@example.com"]);
    expect(snapshot.body.text).toContain("Body survives.");
  });

  it("rejoins an encoded word a mailer broke across lines without folding whitespace", async () => {
    const word = Buffer.from("会议记录，请查收。").toString("base64"); // UTF-8 here; the label says so
    const message = `From: a@example.com\nSubject: =?utf-8?B?${word.slice(0, 13)}\n${word.slice(13)}?=\nTo: b@example.com\n\nbody\n`;
    const snapshot = await snapshotOf(bytesOf(message));
    expect(snapshot.subject).toBe("会议记录，请查收。");
    expect(snapshot.recipients.map((r) => r.address)).toEqual(["b@example.com"]);
  });

  it("produces a plain serialisable value", async () => {
    const snapshot = await snapshotOf("attachments.eml");
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
  });
});
