/**
 * The decision at Send, separated from Office so it can be tested directly: given a report (or a
 * failure) and what this Outlook supports, what to tell Outlook. Limits are Outlook's:
 * errorMessage and errorMessageMarkdown ≤ 500 characters, cancelLabel ≤ 20.
 */
import type { Finding, Locale, Report } from "../engine/rule";
import type { Enforcement } from "../engine/policy/types";
import { findingMessage } from "../engine/messages";
import { clipEnd } from "../engine/shown";
import { RULES } from "../rules";

export const MAX_ERROR_MESSAGE = 500;
export const MAX_CANCEL_LABEL = 20;
/** The manifest's task pane button: "Don't send" opens the pane on the fixes. */
export const PANE_COMMAND_ID = "mpOpenPaneButton";
/** How many problems the dialog names; the pane lists them all. */
const SHOWN = 3;

/** What this Outlook can take in `event.completed` (Mailbox requirement sets). */
export interface SendFeatures {
  /** Mailbox 1.14: cancelLabel, commandId, sendModeOverride. */
  readonly commands: boolean;
  /** Mailbox 1.15: errorMessageMarkdown. */
  readonly markdown: boolean;
}

export interface SendDecision {
  readonly allowEvent: boolean;
  readonly errorMessage?: string;
  readonly errorMessageMarkdown?: string;
  readonly cancelLabel?: string;
  readonly commandId?: string;
  readonly sendModeOverride?: string;
}

type Texts = Readonly<Record<"headline" | "prompt" | "fix" | "more" | "failed" | "review", string>>;

const TEXT: Readonly<Record<Locale, Texts>> = {
  "zh-CN": {
    headline: "发送前请先处理以下问题：",
    prompt: "这封邮件有以下需要注意的地方，确定要发送吗？",
    fix: "点“查看并修复”打开邮件发送前检查，逐项修复。",
    more: "另有 {n} 项，见检查窗格。",
    failed: "发送前检查未能完成，邮件未发送。请稍后重试，或联系 IT 支持。",
    review: "查看并修复",
  },
  "zh-TW": {
    headline: "傳送前請先處理以下問題：",
    prompt: "這封郵件有以下需要注意的地方，確定要傳送嗎？",
    fix: "按「檢視並修正」開啟郵件傳送前檢查，逐項修正。",
    more: "另有 {n} 項，請見檢查窗格。",
    failed: "傳送前檢查未能完成，郵件未傳送。請稍後再試，或聯絡 IT 支援。",
    review: "檢視並修正",
  },
  "en-US": {
    headline: "Please fix these before sending:",
    prompt: "This message has the issues below. Send it anyway?",
    fix: "Choose Review to open Mail Preflight and fix each one.",
    more: "{n} more in the Mail Preflight pane.",
    failed: "The pre-send check could not run, so the message was not sent. Try again, or contact IT support.",
    review: "Review",
  },
};

/**
 * Markdown's emphasis, link and HTML characters in a message (file names, addresses) stay literal;
 * a line break inside one (a file name may hold any character) would end its list item early.
 */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>~|#]/g, "\\$&").replace(/[\r\n]+/g, " ");
}

/**
 * The dialog's Markdown as Microsoft documents it ("Limitations to formatting the dialog message
 * using Markdown"): a list item is "- text" ended by "\r", with nothing between items; other
 * lines are paragraphs, apart by "\n\n".
 */
function joinMarkdown(parts: string[]): string {
  let text = "";
  for (const part of parts) {
    if (!part) continue;
    if (text && !(text.charAt(text.length - 1) === "\r" && part.charAt(0) === "-")) text += "\n\n";
    text += part;
  }
  return text;
}

/**
 * The lines of the dialog, fitted into `max` characters: whole problem lines are dropped from
 * the end (and counted in "n more") rather than cutting the "how to fix" line off.
 */
function fitted(head: string, problems: readonly string[], tail: string, more: string, join: (parts: string[]) => string, max: number): string {
  for (let shown = Math.min(SHOWN, problems.length); shown >= 1; shown -= 1) {
    const rest = problems.length - shown;
    const parts = [head, ...problems.slice(0, shown), ...(rest > 0 ? [more.replace("{n}", String(rest))] : []), tail];
    const text = join(parts);
    if (Array.from(text).length <= max) return text;
  }
  return clipEnd(join([head, problems[0], tail]), max);
}

function dialog(findings: readonly Finding[], locale: Locale, headline: string, features: SendFeatures): Omit<SendDecision, "allowEvent"> {
  const t = TEXT[locale];
  const messages = findings.map((f) => findingMessage(f, RULES, locale));
  const tail = features.commands ? t.fix : "";
  const plain = fitted(headline, messages.map((m) => `• ${m}`), tail, t.more, (parts) => parts.filter(Boolean).join("\n"), MAX_ERROR_MESSAGE);
  const decision: { -readonly [K in keyof SendDecision]?: SendDecision[K] } = { errorMessage: plain };
  if (features.markdown) {
    decision.errorMessageMarkdown = fitted(
      `**${escapeMarkdown(headline)}**`,
      messages.map((m) => `- ${escapeMarkdown(m)}\r`),
      escapeMarkdown(tail),
      escapeMarkdown(t.more),
      joinMarkdown,
      MAX_ERROR_MESSAGE,
    );
  }
  if (features.commands) {
    decision.cancelLabel = clipEnd(t.review, MAX_CANCEL_LABEL);
    decision.commandId = PANE_COMMAND_ID;
  }
  return decision;
}

export function decide(report: Report, enforcement: Enforcement, locale: Locale, features: SendFeatures): SendDecision {
  const stopping = report.findings.filter((f) => f.severity === "block" || (enforcement.blockOn === "warn" && f.severity === "warn"));
  if (stopping.length > 0) return { allowEvent: false, ...dialog(stopping, locale, TEXT[locale].headline, features) };
  const warnings = report.findings.filter((f) => f.severity === "warn");
  // Asking before sending needs sendModeOverride (1.14); without it a warning never stops Send.
  if (warnings.length > 0 && enforcement.promptOnWarn && features.commands) {
    return { allowEvent: false, ...dialog(warnings, locale, TEXT[locale].prompt, features), sendModeOverride: "promptUser" };
  }
  return { allowEvent: true };
}

export function decideOnFailure(enforcement: Enforcement, locale: Locale, features: SendFeatures): SendDecision {
  if (enforcement.onError !== "closed") return { allowEvent: true };
  const t = TEXT[locale];
  return {
    allowEvent: false,
    errorMessage: t.failed,
    ...(features.markdown ? { errorMessageMarkdown: escapeMarkdown(t.failed) } : {}),
    ...(features.commands ? { cancelLabel: clipEnd(t.review, MAX_CANCEL_LABEL), commandId: PANE_COMMAND_ID } : {}),
  };
}
