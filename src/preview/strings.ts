/**
 * The simulated Outlook's own words (its compose window and Send dialogs), in Outlook's display
 * language, as the real Outlook would show them. The add-in's texts come from the add-in.
 */
import { formatText } from "../engine/format";
import type { Locale } from "../engine/rule";

const STRINGS = {
  composeLabel: { "zh-CN": "模拟的 Outlook 撰写窗口", "zh-TW": "模擬的 Outlook 撰寫視窗", "en-US": "Simulated Outlook compose window" },
  to: { "zh-CN": "收件人", "zh-TW": "收件者", "en-US": "To" },
  cc: { "zh-CN": "抄送", "zh-TW": "副本", "en-US": "Cc" },
  bcc: { "zh-CN": "密件抄送", "zh-TW": "密件副本", "en-US": "Bcc" },
  subject: { "zh-CN": "主题", "zh-TW": "主旨", "en-US": "Subject" },
  body: { "zh-CN": "正文", "zh-TW": "內文", "en-US": "Message" },
  htmlToggle: { "zh-CN": "HTML 源代码", "zh-TW": "HTML 原始碼", "en-US": "HTML source" },
  attach: { "zh-CN": "添加附件", "zh-TW": "附加檔案", "en-US": "Attach files" },
  remove: { "zh-CN": "删除 {name}", "zh-TW": "移除 {name}", "en-US": "Remove {name}" },
  noAttachments: { "zh-CN": "没有附件", "zh-TW": "沒有附件", "en-US": "No attachments" },
  scenario: { "zh-CN": "示例邮件", "zh-TW": "範例郵件", "en-US": "Sample message" },
  scenarioNone: { "zh-CN": "（选择一个示例）", "zh-TW": "（選擇一個範例）", "en-US": "(choose a sample)" },
  language: { "zh-CN": "Outlook 语言", "zh-TW": "Outlook 語言", "en-US": "Outlook language" },
  theme: { "zh-CN": "主题颜色", "zh-TW": "佈景主題", "en-US": "Theme" },
  light: { "zh-CN": "浅色", "zh-TW": "淺色", "en-US": "Light" },
  dark: { "zh-CN": "深色", "zh-TW": "深色", "en-US": "Dark" },
  paneToggle: { "zh-CN": "邮件发送前检查", "zh-TW": "郵件傳送前檢查", "en-US": "Mail Preflight" },
  send: { "zh-CN": "发送", "zh-TW": "傳送", "en-US": "Send" },
  sent: { "zh-CN": "已发送。", "zh-TW": "已傳送。", "en-US": "Sent." },
  sending: { "zh-CN": "Mail Preflight 正在检查你的邮件…", "zh-TW": "Mail Preflight 正在檢查你的郵件…", "en-US": "Mail Preflight is checking your message…" },
  slowSend: {
    "zh-CN": "Mail Preflight 的检查时间比预期长…",
    "zh-TW": "Mail Preflight 的檢查時間比預期長…",
    "en-US": "Mail Preflight is taking longer than expected…",
  },
  notSent: { "zh-CN": "邮件未发送。", "zh-TW": "郵件未傳送。", "en-US": "The message was not sent." },
  dontSend: { "zh-CN": "不发送", "zh-TW": "不要傳送", "en-US": "Don't send" },
  sendAnyway: { "zh-CN": "仍然发送", "zh-TW": "仍要傳送", "en-US": "Send anyway" },
  noMessage: {
    "zh-CN": "Mail Preflight 阻止了这封邮件，但没有说明原因。",
    "zh-TW": "Mail Preflight 阻擋了這封郵件，但沒有說明原因。",
    "en-US": "Mail Preflight stopped this message without saying why.",
  },
  opened: { "zh-CN": "已在浏览器中打开 {url}", "zh-TW": "已在瀏覽器中開啟 {url}", "en-US": "Opened {url} in the browser" },
  bugTimeout: {
    "zh-CN": "处理程序错误：{ms} 毫秒内没有调用 event.completed。",
    "zh-TW": "處理常式錯誤：{ms} 毫秒內沒有呼叫 event.completed。",
    "en-US": "Handler bug: event.completed was not called within {ms} ms.",
  },
  bugTwice: {
    "zh-CN": "处理程序错误：event.completed 被调用了 {count} 次（只能调用一次）。",
    "zh-TW": "處理常式錯誤：event.completed 被呼叫了 {count} 次（只能呼叫一次）。",
    "en-US": "Handler bug: event.completed was called {count} times (once only).",
  },
  bugThrew: {
    "zh-CN": "处理程序错误：它抛出了异常：{error}",
    "zh-TW": "處理常式錯誤：它擲回了例外：{error}",
    "en-US": "Handler bug: it threw: {error}",
  },
  bugNoHandler: {
    "zh-CN": "没有通过 Office.actions.associate 注册 onMessageSendHandler。",
    "zh-TW": "沒有透過 Office.actions.associate 註冊 onMessageSendHandler。",
    "en-US": "No onMessageSendHandler was registered with Office.actions.associate.",
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type SimStringId = keyof typeof STRINGS;

export function simText(locale: Locale, id: SimStringId, data: Record<string, string | number> = {}): string {
  return formatText(STRINGS[id][locale], data);
}
