import { highlightParts, notificationText, findingKey } from "../../src/taskpane/view-model";
import { MAX_NOTIFICATION } from "../../src/ports/host";
import { snapshotFingerprint } from "../../src/taskpane/fingerprint";
import type { Finding, Report } from "../../src/engine/rule";
import { file, makeSnapshot, to } from "../helpers/snapshot";

const finding = (severity: Finding["severity"], ruleId = "r"): Finding => ({
  ruleId,
  severity,
  category: "content",
  remedyId: ruleId,
  messageId: "m",
  data: {},
  target: { kind: "message" },
});
const report = (findings: Finding[]): Report => ({
  verdict: findings.some((f) => f.severity === "block") ? "block" : findings.some((f) => f.severity === "warn") ? "warn" : "pass",
  findings,
  notChecked: [],
  timing: { totalMs: 0 },
});

describe("notification text", () => {
  it("is removed on pass, even with info findings", () => {
    expect(notificationText("en-US", report([finding("info")]))).toBeUndefined();
  });

  it.each(["zh-CN", "zh-TW", "en-US"] as const)("summarises the findings within 150 characters in %s", (locale) => {
    const many = Array.from({ length: 120 }, (_, i) => finding(i % 2 ? "block" : "warn"));
    const text = notificationText(locale, report(many)) ?? "";
    expect(Array.from(text).length).toBeLessThanOrEqual(MAX_NOTIFICATION);
    expect(text).toContain("60");
  });
});

describe("excerpt highlighting", () => {
  it("marks each matched word, case-insensitively, longest first", () => {
    expect(highlightParts("…Get FREE money now, free!", ["free", "free money"])).toEqual([
      { text: "…Get ", hit: false },
      { text: "FREE money", hit: true },
      { text: " now, ", hit: false },
      { text: "free", hit: true },
      { text: "!", hit: false },
    ]);
  });

  it("leaves the excerpt plain when a word does not occur verbatim", () => {
    expect(highlightParts("机密文件", ["機密"])).toEqual([{ text: "机密文件", hit: false }]);
  });
});

describe("keys and fingerprints", () => {
  it("keys a finding by rule and target", () => {
    const a = { ...finding("warn", "x"), target: { kind: "recipient" as const, address: "a@b.cn", field: "to" as const } };
    const b = { ...a, target: { ...a.target, address: "c@b.cn" } };
    expect(findingKey(a)).not.toBe(findingKey(b));
    expect(findingKey(a)).toBe(findingKey({ ...a, data: { other: 1 } }));
  });

  it("gives the same fingerprint for the same message whatever the key order, another for any change", () => {
    const one = makeSnapshot({ recipients: [to("a@b.cn")], attachments: [file("a.txt", 1, { id: "1" })] });
    const reordered = { flags: {}, attachments: one.attachments, body: one.body, subject: one.subject, recipients: one.recipients };
    expect(snapshotFingerprint(reordered)).toBe(snapshotFingerprint(one));
    expect(snapshotFingerprint({ ...one, subject: "other" })).not.toBe(snapshotFingerprint(one));
    expect(snapshotFingerprint({ ...one, body: { text: "x" } })).not.toBe(snapshotFingerprint(one));
    expect(snapshotFingerprint({ ...one, attachments: [file("a.txt", 2, { id: "1" })] })).not.toBe(snapshotFingerprint(one));
  });
});
