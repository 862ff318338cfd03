/**
 * The decision at Send, separated from Office so it can be tested directly: given a report (or a
 * failure), what to tell Outlook. Limits are Outlook's: errorMessage ≤ 500 characters.
 */
import type { Locale, Report } from "../engine/rule";
import type { Enforcement } from "../engine/policy-types";
import { findingMessage } from "../engine/messages";
import { RULES } from "../rules";

export const MAX_ERROR_MESSAGE = 500;

export interface SendDecision {
  readonly allowEvent: boolean;
  readonly errorMessage?: string;
}

const HEADLINE: Record<Locale, string> = {
  "zh-CN": "发送前请先处理以下问题：",
  "zh-TW": "傳送前請先處理以下問題：",
  "en-US": "Please fix these before sending:",
};

const CHECK_FAILED: Record<Locale, string> = {
  "zh-CN": "发送前检查未能完成，邮件未发送。请稍后重试，或联系 IT 支持。",
  "zh-TW": "傳送前檢查未能完成，郵件未傳送。請稍後再試，或聯絡 IT 支援。",
  "en-US": "The pre-send check could not run, so the message was not sent. Try again, or contact IT support.",
};

function clip(text: string, max: number): string {
  // Count code points, not UTF-16 units, so a cut never splits a surrogate pair.
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

export function decide(report: Report, enforcement: Enforcement, locale: Locale): SendDecision {
  const stopping = report.findings.filter(
    (f) => f.severity === "block" || (enforcement.blockOn === "warn" && f.severity === "warn"),
  );
  if (stopping.length === 0) return { allowEvent: true };
  const lines = stopping.slice(0, 3).map((f) => `• ${findingMessage(f, RULES, locale)}`);
  return { allowEvent: false, errorMessage: clip([HEADLINE[locale], ...lines].join("\n"), MAX_ERROR_MESSAGE) };
}

export function decideOnFailure(enforcement: Enforcement, locale: Locale): SendDecision {
  return enforcement.onError === "closed"
    ? { allowEvent: false, errorMessage: CHECK_FAILED[locale] }
    : { allowEvent: true };
}
