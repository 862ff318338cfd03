/** The pane's own words (rule messages and remedies live with the rules and the manual). */
import type { Locale } from "../engine/rule";

const STRINGS = {
  title: { "zh-CN": "邮件发送前检查", "zh-TW": "郵件傳送前檢查", "en-US": "Mail Preflight" },
  checking: { "zh-CN": "正在检查…", "zh-TW": "正在檢查…", "en-US": "Checking…" },
  ready: { "zh-CN": "可以发送", "zh-TW": "可以傳送", "en-US": "Ready to send" },
  problems: {
    "zh-CN": "{block} 个问题必须修复，{warn} 个警告",
    "zh-TW": "{block} 個問題必須修正，{warn} 個警告",
    "en-US": "{block} problems must be fixed, {warn} warnings",
  },
  readFailed: {
    "zh-CN": "无法读取这封邮件：{error}。请点“重新检查”再试。",
    "zh-TW": "無法讀取這封郵件：{error}。請按「重新檢查」再試。",
    "en-US": "Could not read this message: {error}. Press Recheck to try again.",
  },
  recheck: { "zh-CN": "重新检查", "zh-TW": "重新檢查", "en-US": "Recheck" },
  howToFix: { "zh-CN": "如何修复", "zh-TW": "如何修正", "en-US": "How to fix" },
} as const satisfies Record<string, Record<Locale, string>>;

export type StringId = keyof typeof STRINGS;

export function t(locale: Locale, id: StringId, data: Record<string, string | number> = {}): string {
  return STRINGS[id][locale].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in data ? String(data[name]) : whole,
  );
}
