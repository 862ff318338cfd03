/**
 * The five guides of the company mail manual and the sections we cite. Section ids use the
 * numbering printed in each guide:
 * - A: chapter 一's causes are "### 1." .. "### 8." → "一.5"; later chapters "二.2", "三.4".
 * - B: "二(三)", "三(二)1"; under 三(二) the receive-side steps restart at 1, so they are
 *   "三(二)接收1"; the Q&A items are "六Q1".
 * - C: no chapters; the numbered causes are "原因1" .. "原因5", the closing checklist is "排查".
 * - D: the table of contents numbers the five fixes "1.1" .. "1.5".
 * - E: "### 6.1" → "6.1".
 */
import type { Locale, LocalizedText } from "../engine/rule";
import type { GuideId, ManualRef } from "./types";
import { L } from "./text";

export const GUIDE_IDS: readonly GuideId[] = ["A", "B", "C", "D", "E"];

export const GUIDES: Record<GuideId, LocalizedText> = {
  A: L("公司邮箱无法发送", "公司郵箱無法發送", "Company mailbox cannot send"),
  B: L("企业邮箱异常处理流程手册", "企業郵箱異常處理流程手冊", "Enterprise mail incident handbook"),
  C: L("阿里云企业邮箱：为什么收不到客户邮件", "阿里雲企業郵箱：為什麼收不到客戶郵件", "Alibaba Cloud Mail: why customer mail does not arrive"),
  D: L("如何解决电子邮件发不出去的问题", "如何解決電子郵件未發送問題", "How to fix email that will not send"),
  E: L("管理员如何开通企业邮箱", "管理員如何開通企業郵箱", "Admin guide: opening company mailboxes"),
};

function numbered(prefix: string, from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);
}

/** Every section a citation may name; a test keeps the catalogue within this list. */
export const GUIDE_SECTIONS: Record<GuideId, readonly string[]> = {
  A: [...numbered("一.", 1, 8), ...numbered("二.", 1, 4), ...numbered("三.", 1, 4), "四"],
  B: [
    "一",
    ...["一", "二", "三", "四", "五", "六"].map((n) => `二(${n})`),
    ...numbered("三(一)", 1, 4),
    ...numbered("三(二)", 1, 3),
    ...numbered("三(二)接收", 1, 3),
    ...numbered("三(三)", 1, 2),
    ...numbered("三(四)", 1, 2),
    ...numbered("三(五)", 1, 3),
    ...numbered("三(六)", 1, 3),
    "四(一)",
    "四(二)",
    "五(一)",
    "五(二)",
    "五(三)",
    ...numbered("六Q", 1, 3),
  ],
  C: [...numbered("原因", 1, 5), "排查"],
  D: [...numbered("1.", 1, 5), "2"],
  E: [...numbered("2.", 1, 3), ...numbered("3.", 1, 3), ...numbered("4.", 1, 4), ...numbered("5.", 1, 3), ...numbered("6.", 1, 3)],
};

/** The short citation used everywhere: "B §三(二)1". */
export function formatRef(ref: ManualRef): string {
  return `${ref.guide} §${ref.section}`;
}

/** A citation a reader can follow: the guide's title in their language plus the section. */
export function describeRef(ref: ManualRef, locale: Locale): string {
  const title = GUIDES[ref.guide][locale];
  return locale === "en-US" ? `"${title}" §${ref.section}` : `《${title}》§${ref.section}`;
}
