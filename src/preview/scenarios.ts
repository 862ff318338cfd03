/**
 * Ready-made messages for the preview's scenario picker: each one shows a class of problem the
 * add-in exists for (or none, for the clean one). Pure data and builders (no DOM), so the unit
 * tests run every scenario through the real adapter and engine and prove it shows what it says.
 */
import { strToU8, zipSync } from "fflate";
import type { Locale } from "../engine/rule";
import type { SimAttachment, SimRecipient, SimState } from "./office-sim/state";

/** What a scenario fills in: the message fields of the simulated compose window. */
export type ScenarioContent = Pick<SimState, "subject" | "to" | "cc" | "bcc" | "bodyHtml" | "attachments">;

export interface Scenario {
  id: string;
  label: Record<Locale, string>;
  /** The rule ids this scenario is meant to show in the pane (empty: a clean message). */
  shows: readonly string[];
  /** The message, written in the tester's language (the Chinese spam stays Chinese). */
  build(locale?: Locale): ScenarioContent;
}

const MB = 1024 * 1024;

type Text = Readonly<Record<Locale, string>>;
const L = (zhCN: string, zhTW: string, enUS: string): Text => ({ "zh-CN": zhCN, "zh-TW": zhTW, "en-US": enUS });

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Base64 without btoa: the builders also run in Node for the unit tests. */
export function encodeBase64(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += BASE64[(n >> 18) & 63] + BASE64[(n >> 12) & 63];
    out += b === undefined ? "=" : BASE64[(n >> 6) & 63];
    out += c === undefined ? "=" : BASE64[n & 63];
  }
  return out;
}

let nextId = 0;
/** Attachment ids are unique per page, like Outlook's, so a stale id from a previous scenario fails. */
export function fileAttachment(name: string, bytes: Uint8Array): SimAttachment {
  nextId += 1;
  return { id: `scenario-${nextId}`, name, size: bytes.length, isInline: false, attachmentType: "file", base64: encodeBase64(bytes) };
}

const person = (displayName: string, emailAddress: string): SimRecipient => ({ displayName, emailAddress });
const colleague = person("Li Na", "li.na@example.cn");
const partner = person("Chen Jie", "chen.jie@fabrikam.com");

const message = (content: Partial<ScenarioContent>): ScenarioContent => ({
  subject: "",
  to: [colleague],
  cc: [],
  bcc: [],
  bodyHtml: "",
  attachments: [],
  ...content,
});

/** An executable's first bytes ("MZ" header): enough for a name-based check, harmless to open. */
const EXE_BYTES = strToU8("MZ\u0090\u0000 preview sample, not a program");

/** A real zip (built here, in the browser too) with a batch file inside. */
export function zipWithBatchFile(): Uint8Array {
  return zipSync({
    "tools/install.bat": strToU8("@echo off\r\necho preview sample\r\n"),
    "tools/readme.txt": strToU8("Run install.bat as administrator."),
  });
}

export const SCENARIOS: readonly Scenario[] = [
  {
    id: "clean",
    label: { "zh-CN": "正常邮件", "zh-TW": "正常郵件", "en-US": "Clean message" },
    shows: [],
    build: (locale = "zh-CN") =>
      message({
        subject: L("周五例会时间调整", "週五例會時間調整", "Friday meeting moved")[locale],
        bodyHtml: L(
          "<p>李娜你好：</p><p>本周五的例会改到下午三点，地点不变。</p><p>王芳</p>",
          "<p>李娜你好：</p><p>本週五的例會改到下午三點，地點不變。</p><p>王芳</p>",
          "<p>Hi Li Na,</p><p>This Friday's meeting moves to 3 pm, same room.</p><p>Wang Fang</p>",
        )[locale],
      }),
  },
  {
    id: "large-video",
    label: { "zh-CN": "30 MB 视频附件", "zh-TW": "30 MB 影片附件", "en-US": "30 MB video attachment" },
    shows: ["attachment-too-large"],
    // 30 MB of base64 would only slow the page down: the size is what the rules read, and
    // Outlook itself may not hand over the content of a file this big.
    build: (locale = "zh-CN") =>
      message({
        subject: L("发布会视频", "發表會影片", "Launch event video")[locale],
        bodyHtml: L("<p>发布会的完整视频见附件。</p>", "<p>發表會的完整影片見附件。</p>", "<p>The full launch event video is attached.</p>")[locale],
        attachments: [{ ...fileAttachment("launch-event.mp4", new Uint8Array(0)), size: 30 * MB, base64: undefined }],
      }),
  },
  {
    id: "exe",
    label: { "zh-CN": "报告是 .exe 文件", "zh-TW": "報告是 .exe 檔", "en-US": "Report as an .exe" },
    shows: ["attachment-blocked-type"],
    build: (locale = "zh-CN") =>
      message({
        subject: L("季度报告", "季度報告", "Quarterly report")[locale],
        bodyHtml: L("<p>季度报告见附件。</p>", "<p>季度報告見附件。</p>", "<p>The quarterly report is attached.</p>")[locale],
        attachments: [fileAttachment("report.exe", EXE_BYTES)],
      }),
  },
  {
    id: "double-extension",
    label: { "zh-CN": "invoice.pdf.exe", "zh-TW": "invoice.pdf.exe", "en-US": "invoice.pdf.exe" },
    shows: ["attachment-double-extension"],
    build: () =>
      message({ subject: "Invoice 2026-11", to: [partner], bodyHtml: "<p>Please find the invoice attached.</p>", attachments: [fileAttachment("invoice.pdf.exe", EXE_BYTES)] }),
  },
  {
    id: "zip-bat",
    label: { "zh-CN": "压缩包里有 .bat", "zh-TW": "壓縮檔內有 .bat", "en-US": "Zip containing a .bat" },
    shows: ["attachment-archive-blocked-content"],
    build: (locale = "zh-CN") =>
      message({
        subject: L("安装工具", "安裝工具", "Setup tools")[locale],
        bodyHtml: L("<p>安装工具见附件，解压后运行。</p>", "<p>安裝工具見附件，解壓縮後執行。</p>", "<p>The setup tools are attached: unzip and run.</p>")[locale],
        attachments: [fileAttachment("tools.zip", zipWithBatchFile())],
      }),
  },
  {
    id: "typos",
    label: { "zh-CN": "收件人地址打错", "zh-TW": "收件人地址打錯", "en-US": "Mistyped addresses" },
    shows: ["recipient-domain-typo"],
    build: (locale = "zh-CN") =>
      message({
        subject: L("合同草稿", "合約草稿", "Draft contract")[locale],
        to: [person("Zhang Wei", "zhang@gmial.com")],
        cc: [person("", "li@163.con")],
        bodyHtml: L("<p>合同草稿的修改意见请在周三前回复。</p>", "<p>合約草稿的修改意見請在週三前回覆。</p>", "<p>Please send your comments on the draft by Wednesday.</p>")[locale],
      }),
  },
  {
    id: "spam-zh",
    label: { "zh-CN": "中文广告邮件", "zh-TW": "中文廣告郵件", "en-US": "Chinese ad spam" },
    shows: ["content-spam-keywords"],
    build: () =>
      message({
        subject: "代开发票 点数优惠",
        to: [partner],
        bodyHtml: "<p>本公司常年代开各行业正规发票，税点低，可先验票，验证后付款。</p><p>另招兼职刷单，日赚三百，在家赚钱轻松赚。</p>",
      }),
  },
  {
    id: "spam-en",
    label: { "zh-CN": "英文垃圾邮件", "zh-TW": "英文垃圾郵件", "en-US": "English spam" },
    shows: ["content-spam-keywords"],
    build: () =>
      message({
        subject: "Make money fast - work from home!",
        to: [partner],
        bodyHtml: "<p>Earn extra income and reach financial freedom. Be your own boss with this business opportunity.</p><p>Easy money, fast cash, no investment. $$$</p>",
      }),
  },
  {
    id: "mass-mail",
    label: { "zh-CN": "群发（60 位收件人）", "zh-TW": "群發（60 位收件人）", "en-US": "Mass mail (60 recipients)" },
    shows: ["recipient-exposed-list"],
    build: (locale = "zh-CN") =>
      message({
        subject: L("新品发布会邀请", "新品發表會邀請", "Invitation: product launch")[locale],
        to: Array.from({ length: 60 }, (_, i) => person(`${L("客户", "客戶", "Customer")[locale]} ${i + 1}`, `customer${i + 1}@example-${(i % 6) + 1}.com`)),
        bodyHtml: L("<p>诚邀您参加下周的新品发布会。</p>", "<p>誠摯邀請您參加下週的新品發表會。</p>", "<p>You are invited to next week's product launch.</p>")[locale],
      }),
  },
  {
    id: "forgotten-attachment",
    label: { "zh-CN": "忘了加附件", "zh-TW": "忘了加附件", "en-US": "Forgotten attachment" },
    shows: ["content-forgotten-attachment"],
    build: (locale = "zh-CN") =>
      message({
        subject: L("报价单", "報價單", "Price list")[locale],
        bodyHtml: L("<p>报价单见附件，请查收。</p>", "<p>報價單見附件，請查收。</p>", "<p>I have attached the price list.</p>")[locale],
      }),
  },
];

export function scenarioById(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}
