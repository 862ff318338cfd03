/**
 * One .eml message per rule, through the whole command (`mail-preflight check --format json`):
 * each message triggers its rule, so every rule is shown to work on real MIME, not only on
 * snapshots. The messages are built here (small, readable); size and count limits are lowered by
 * a policy file so the messages stay small, as an admin would tune them, and the policy turns
 * the DNS check on, answered by a fake resolver.
 */
import { strToU8, zipSync } from "fflate";
import { RULES } from "../../src/rules";
import { runCli } from "../../src/cli/program";
import { buildZip } from "../archive/build-zip";
import { memoryIO } from "./memory-io";

interface Part {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly type?: string;
}

interface Mail {
  readonly from?: string;
  readonly to?: string;
  readonly cc?: string;
  readonly subject?: string;
  readonly text?: string;
  readonly html?: string;
  readonly attachments?: readonly Part[];
}

const base64 = (bytes: Uint8Array): string => (Buffer.from(bytes).toString("base64").match(/.{1,76}/g) ?? []).join("\r\n");

/** A MIME message: text or HTML body, then the attachments, CRLF line ends. */
function eml(mail: Mail): string {
  const headers = [
    `From: ${mail.from ?? "Li Wei <li.wei@contoso.cn>"}`,
    `To: ${mail.to ?? "Zhang San <zhang.san@contoso.cn>"}`,
    ...(mail.cc ? [`Cc: ${mail.cc}`] : []),
    ...(mail.subject === "" ? [] : [`Subject: =?UTF-8?B?${Buffer.from(mail.subject ?? "Quarterly report").toString("base64")}?=`]),
    "MIME-Version: 1.0",
    'Content-Type: multipart/mixed; boundary="part"',
  ];
  const body = mail.html
    ? `Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64(strToU8(mail.html))}`
    : `Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64(strToU8(mail.text ?? "Hello Zhang, the notes are below."))}`;
  const parts = [body];
  for (const a of mail.attachments ?? []) {
    parts.push(
      `Content-Type: ${a.type ?? "application/octet-stream"}; name="${a.name}"\r\nContent-Disposition: attachment; filename="${a.name}"\r\n` +
        `Content-Transfer-Encoding: base64\r\n\r\n${base64(a.bytes)}`,
    );
  }
  return `${headers.join("\r\n")}\r\n\r\n${parts.map((p) => `--part\r\n${p}\r\n`).join("")}--part--\r\n`;
}

const bytes = (n: number): Uint8Array => new Uint8Array(n).fill(0x41);
const many = (n: number, domain: string): string => Array.from({ length: n }, (_, i) => `user${i}@${domain}`).join(", ");
const KB = 1024;

/** Lower limits so size and count rules fire on small messages; internal domain contoso.cn. */
const SMALL_LIMITS = {
  internalDomains: ["contoso.cn"],
  limits: { shareLinkThresholdBytes: 20 * KB, attachmentMaxBytes: 60 * KB, messageMaxBytes: 100 * KB, maxRecipients: 5 },
  sensitiveWords: ["Project Falcon"],
  rules: { "recipient-domain-unreachable": "warn" },
};

/** The DNS-over-HTTPS answers for recipient-domain-unreachable: every domain has a mail server but one. */
function dns(url: string): unknown {
  const name = new URL(url).searchParams.get("name") ?? "";
  return { Status: 0, Answer: [{ name, type: 15, data: name === "nomail.example" ? "0 ." : `10 mx.${name}.` }] };
}

const CASES: Record<string, Mail> = {
  "recipient-invalid-address": { to: "zhang.san＠contoso。cn" },
  "recipient-domain-typo": { to: "friend@gmial.com" },
  "recipient-domain-lookalike": { to: "friend@xn--gmal-n9d.com" },
  "recipient-duplicate": { to: "zhang.san@contoso.cn", cc: "Zhang San <ZHANG.SAN@contoso.cn>" },
  "recipient-external": { to: "partner@fabrikam.com" },
  "recipient-too-many": { to: many(6, "contoso.cn") },
  "recipient-exposed-list": { to: many(12, "fabrikam.com") },
  "attachment-large": { attachments: [{ name: "slides.pdf", bytes: bytes(30 * KB) }] },
  "attachment-too-large": { attachments: [{ name: "video.mp4", bytes: bytes(70 * KB) }] },
  "message-too-large": { attachments: [40, 41].map((k) => ({ name: `part${k}.pdf`, bytes: bytes(k * KB) })) },
  "attachment-blocked-type": { attachments: [{ name: "setup.exe", bytes: bytes(100) }] },
  "attachment-double-extension": { attachments: [{ name: "invoice.pdf.exe", bytes: bytes(100) }] },
  "attachment-spoofed-name": { attachments: [{ name: "photo\u202egpj.scr", bytes: bytes(100) }] },
  "attachment-archive-blocked-content": { attachments: [{ name: "tools.zip", bytes: zipSync({ "bin/run.bat": strToU8("@echo off") }) }] },
  "attachment-archive-encrypted": { attachments: [{ name: "secret.zip", bytes: buildZip([{ name: "plan.docx", data: bytes(50), flags: 1 }]) }] },
  "attachment-macro-document": { attachments: [{ name: "budget.xlsm", bytes: bytes(100) }] },
  "subject-empty": { subject: "" },
  "content-spam-keywords": { subject: "免费中奖，点击领取！", text: "恭喜您中奖了！免费领取大奖，加微信领取，代开发票，兼职日结，贷款秒批。" },
  "content-sensitive-words": { text: "The Project Falcon numbers are in." },
  "content-shouting": { subject: "URGENT OFFER FOR ALL CUSTOMERS!!!" },
  "content-link-shortener": { text: "Details: https://bit.ly/3xYz" },
  "content-link-mismatch": { html: '<p>Log in at <a href="http://evil.example.net/login">https://www.contoso.cn/login</a></p>' },
  "content-link-ip": { html: '<p>Download <a href="http://203.0.113.7/file">here</a></p>' },
  "content-too-many-links": { html: Array.from({ length: 12 }, (_, i) => `<p><a href="https://site${i}.example.org/">site ${i}</a></p>`).join("") },
  "content-image-only": { html: '<p><img src="https://img.example.org/ad.png" width="600" height="800"></p>' },
  "content-forgotten-attachment": { text: "王经理：报价单在附件中，请查收。" },
  "recipient-domain-unreachable": { to: "someone@nomail.example" },
};

describe("one .eml per rule through mail-preflight check", () => {
  it("covers every rule", () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(Object.keys(CASES).sort()).toEqual(ids.sort());
  });

  it.each(Object.entries(CASES))("%s fires on its message", async (ruleId, mail) => {
    const io = memoryIO({ "policy.json": JSON.stringify(SMALL_LIMITS), "m.eml": eml(mail) }, { web: dns });
    const code = await runCli(["check", "--format", "json", "--policy", "policy.json", "m.eml"], io);
    expect(code).not.toBe(2);
    const [result] = JSON.parse(io.out()).results;
    expect(result.error).toBeUndefined();
    expect(result.findings.map((f: { ruleId: string }) => f.ruleId)).toContain(ruleId);
  });

  it("blocks a zip bomb: a tiny nested archive that declares gigabytes", async () => {
    const inner = buildZip([{ name: "zeros.bin", data: bytes(16), size: 0xfffffff0, compressedSize: 16 }]);
    const bomb = buildZip([{ name: "inner.zip", data: inner }]);
    const io = memoryIO({ "m.eml": eml({ attachments: [{ name: "bomb.zip", bytes: bomb }] }) });
    expect(await runCli(["check", "--format", "json", "m.eml"], io)).toBe(1);
    const finding = JSON.parse(io.out()).results[0].findings.find((f: { ruleId: string }) => f.ruleId === "attachment-archive-blocked-content");
    expect(finding.messageId).toBe("bomb");
    expect(finding.message).toMatch(/zip bomb/);
  });

  it("passes the plain message the cases start from", async () => {
    const io = memoryIO({ "policy.json": JSON.stringify(SMALL_LIMITS), "m.eml": eml({}) }, { web: dns });
    expect(await runCli(["check", "--format", "json", "--policy", "policy.json", "m.eml"], io)).toBe(0);
    expect(JSON.parse(io.out()).results[0].findings).toEqual([]);
  });
});
