import { detectCharset, isUtf8, looksMislabelledCjk, resolveCharset } from "../../../src/adapters/eml/charset";
import { repairMessage } from "../../../src/adapters/eml/repair";
import { bytesOf, fixture, snapshotOf } from "./fixtures";

/** GBK and Big5 bytes of short phrases, as iconv writes them (Node can only encode UTF-8). */
const GBK_MEETING = Uint8Array.from([0xbb, 0xe1, 0xd2, 0xe9, 0xbc, 0xc7, 0xc2, 0xbc, 0xa3, 0xac, 0xc7, 0xeb, 0xb2, 0xe9, 0xca, 0xd5, 0xa1, 0xa3]); // 会议记录，请查收。
const BIG5_MEETING = Uint8Array.from([0xb7, 0x7c, 0xc4, 0xb3, 0xb0, 0x4f, 0xbf, 0xfd, 0xa1, 0x41, 0xbd, 0xd0, 0xac, 0x64, 0xa6, 0xac, 0xa1, 0x43]); // 會議記錄，請查收。
const LATIN1_FRENCH = Uint8Array.from(Buffer.from("La r\xe9union est d\xe9plac\xe9e \xe0 jeudi, merci de pr\xe9venir l'\xe9quipe.", "latin1"));

describe("charset labels", () => {
  it.each([
    ["gb2312", "gb18030"],
    ["GBK", "gb18030"],
    ["EUC-CN", "gb18030"],
    ["x-gbk", "gb18030"],
    ["'gb2312'", "gb18030"],
    ["cp936", "gb18030"],
    ["134", "gb18030"],
    ["big5", "big5"],
    ["x-big5", "big5"],
    ["utf-8", "utf-8"],
    ["UTF8", "utf-8"],
    ["iso-8859-1", "windows-1252"],
    ["us-ascii", "us-ascii"],
    ["ks_c_5601-1987", "euc-kr"],
  ])("resolves %s as %s", (label, canonical) => {
    expect(resolveCharset(label)).toBe(canonical);
  });

  it.each(["x-unknown", "charset=", "hz-gb-2312", "3dgb2312", ""])("knows no decoder for %j (and does not throw)", (label) => {
    expect(resolveCharset(label)).toBeUndefined();
  });
});

describe("detectCharset", () => {
  it("tells GB from Big5 from Latin-1 from UTF-8", () => {
    expect(detectCharset(GBK_MEETING)).toBe("gb18030");
    expect(detectCharset(BIG5_MEETING)).toBe("big5");
    expect(detectCharset(LATIN1_FRENCH)).toBe("windows-1252");
    expect(detectCharset(bytesOf("会议记录，请查收。"))).toBe("utf-8");
    expect(detectCharset(bytesOf("plain ascii"))).toBeUndefined();
  });

  it("is not outvoted by a long run of one character (BBS box drawing)", () => {
    const rule = new Uint8Array(80).map((_, i) => (i % 2 ? 0xa4 : 0xa9)); // ──── in GB2312
    const mixed = new Uint8Array([...rule, 0x0a, ...GBK_MEETING, 0x0a, ...rule]);
    expect(detectCharset(mixed)).toBe("gb18030");
  });

  it("overrides a Latin-1 label only on overwhelming evidence", () => {
    expect(looksMislabelledCjk(new Uint8Array([...GBK_MEETING, ...GBK_MEETING]))).toBe("gb18030");
    expect(looksMislabelledCjk(LATIN1_FRENCH)).toBeUndefined();
    expect(looksMislabelledCjk(GBK_MEETING.subarray(0, 4))).toBeUndefined();
  });
});

describe("parseEml: text with no declared charset", () => {
  it("decodes a GBK message: raw 8-bit headers, body, and attachment file name", async () => {
    const snapshot = await snapshotOf("no-charset-gbk.eml");
    expect(snapshot.subject).toBe("关于下周项目评审的安排");
    expect(snapshot.sender).toEqual({ address: "li.wei@example.cn", displayName: "李伟" });
    expect(snapshot.recipients).toEqual([{ field: "to", address: "zhang.san@example.cn", displayName: "张三" }]);
    expect(snapshot.body.text).toContain("下周一上午九点在三楼会议室进行项目评审");
    expect(snapshot.attachments).toEqual([
      { id: "eml-0", name: "报价单.xls", size: 24, kind: "file", inline: false, contentType: "application/vnd.ms-excel" },
    ]);
  });

  it("decodes a Big5 message", async () => {
    const snapshot = await snapshotOf("no-charset-big5.eml");
    expect(snapshot.subject).toBe("關於下週會議的時間調整");
    expect(snapshot.sender?.displayName).toBe("陳美玲");
    expect(snapshot.body.text).toContain("原定於星期三下午的會議");
  });

  it("keeps Latin-1 text Latin-1", async () => {
    const snapshot = await snapshotOf("latin1-no-charset.eml");
    expect(snapshot.subject).toBe("Réunion de mardi");
    expect(snapshot.sender?.displayName).toBe("Amélie Dupont");
    expect(snapshot.body.text).toContain("La réunion de mardi est déplacée à jeudi.");
  });

  it("reads labels TextDecoder refuses (EUC-CN) in the body and in encoded words", async () => {
    const snapshot = await snapshotOf("declared-euc-cn.eml");
    expect(snapshot.subject).toBe("会议记录");
    expect(snapshot.sender?.displayName).toBe("赵磊");
    expect(snapshot.body.text).toContain("会议纪要已经整理好，请各位查收。");
  });

  it("reads the body of a multipart whose boundary never occurs as text", async () => {
    const snapshot = await snapshotOf("multipart-without-boundary.eml");
    expect(snapshot.subject).toBe("会议记录");
    expect(snapshot.body.text).toContain("本周五下午两点开会，讨论新版本的发布计划。");
  });

  it("decodes gb2312 as GB18030, its superset, so four-byte characters survive", async () => {
    // 0x81 0x30 0x81 0x30 is U+0080 in GB18030; 0xFE 0x50 is U+2E81 (⺁), outside GBK's decoder in Node.
    const head = bytesOf("From: a@example.com\nSubject: x\nContent-Type: text/plain; charset=gb2312\n\n");
    const body = Uint8Array.from([...GBK_MEETING, 0xfe, 0x50]);
    const snapshot = await snapshotOf(new Uint8Array([...head, ...body]));
    expect(snapshot.body.text?.trim()).toBe("会议记录，请查收。⺁");
  });

  it("detects the charset when the label is unknown or lies (us-ascii, utf-8 over GB bytes)", async () => {
    for (const label of ["x-unknown-charset", "us-ascii", "utf-8"]) {
      const head = bytesOf(`From: a@example.com\nSubject: x\nContent-Type: text/plain; charset="${label}"\n\n`);
      const snapshot = await snapshotOf(new Uint8Array([...head, ...GBK_MEETING, ...GBK_MEETING]));
      expect(snapshot.body.text?.trim()).toBe("会议记录，请查收。会议记录，请查收。");
    }
  });

  it("relabels a GB subject sent as Latin-1 encoded words, even split across words", async () => {
    const q = (bytes: Uint8Array) => Array.from(bytes, (b) => `=${b.toString(16).toUpperCase().padStart(2, "0")}`).join("");
    const subject = `=?iso-8859-1?Q?${q(GBK_MEETING.subarray(0, 5))}?= =?iso-8859-1?Q?${q(GBK_MEETING.subarray(5, 8))}?=`;
    const snapshot = await snapshotOf(bytesOf(`From: a@example.com\nSubject: Fw: ${subject}\n\nhi\n`));
    expect(snapshot.subject).toBe("Fw: 会议记录");
  });

  it("keeps a long undeclared UTF-8 body UTF-8 even though the sample is cut mid-character", async () => {
    const body = "中文内容".repeat(30_000); // 360 KB, past the 256 KB sample
    const snapshot = await snapshotOf(bytesOf(`Subject: long\nContent-Transfer-Encoding: 8bit\n\n${body}\n`));
    expect(snapshot.body.text?.trim()).toBe(body);
  });

  it("leaves a message that needs no repair byte for byte alone", () => {
    const bytes = fixture("simple-text.eml");
    expect(repairMessage(bytes).bytes).toBe(bytes);
  });
});

describe("isUtf8", () => {
  it("accepts UTF-8 cut inside its last character only when told the sample was cut", () => {
    const cut = bytesOf("会议记录").subarray(0, 11);
    expect(isUtf8(cut, true)).toBe(true);
    expect(isUtf8(cut)).toBe(false);
    expect(isUtf8(GBK_MEETING, true)).toBe(false);
  });
});
