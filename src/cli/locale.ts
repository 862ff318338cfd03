/** The CLI's language and its own few words (rule and remedy texts come from the rules and manual). */
import { pickLocale } from "../engine/format";
import type { Locale, LocalizedText, Severity, Verdict } from "../engine/rule";

/**
 * The locale from the POSIX environment, in POSIX precedence (LC_ALL, then LC_MESSAGES, then
 * LANG): "zh_CN.UTF-8" → zh-CN, zh_TW / zh_HK → zh-TW, anything else (C, POSIX, en_GB…) → en-US.
 */
export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): Locale {
  const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== "");
  if (value === undefined) return "en-US";
  const tag = value.split(/[.@]/)[0].replace(/_/g, "-");
  return pickLocale(tag);
}

export const VERDICT_LABEL: Readonly<Record<Verdict | "error", LocalizedText>> = {
  block: { "zh-CN": "拦截", "zh-TW": "攔截", "en-US": "BLOCK" },
  warn: { "zh-CN": "警告", "zh-TW": "警告", "en-US": "WARN" },
  pass: { "zh-CN": "通过", "zh-TW": "通過", "en-US": "PASS" },
  error: { "zh-CN": "出错", "zh-TW": "出錯", "en-US": "ERROR" },
};

export const SEVERITY_LABEL: Readonly<Record<Exclude<Severity, "off">, LocalizedText>> = {
  block: VERDICT_LABEL.block,
  warn: VERDICT_LABEL.warn,
  info: { "zh-CN": "提示", "zh-TW": "提示", "en-US": "INFO" },
};

export const TEXT = {
  noFindings: { "zh-CN": "未发现问题", "zh-TW": "未發現問題", "en-US": "no problems found" },
  fix: { "zh-CN": "处理：", "zh-TW": "處理：", "en-US": "Fix: " },
  notChecked: { "zh-CN": "未检查", "zh-TW": "未檢查", "en-US": "NOT CHECKED" },
  summary: {
    "zh-CN": "共检查 {files} 封邮件：拦截 {block}，警告 {warn}，通过 {pass}，出错 {errors}",
    "zh-TW": "共檢查 {files} 封郵件：攔截 {block}，警告 {warn}，通過 {pass}，出錯 {errors}",
    "en-US": "Messages checked: {files} (block {block}, warn {warn}, pass {pass}, errors {errors})",
  },
  byRule: { "zh-CN": "按检查项统计：", "zh-TW": "依檢查項目統計：", "en-US": "Findings by rule:" },
  ruleCount: {
    "zh-CN": "{count} 处，涉及 {files} 封邮件",
    "zh-TW": "{count} 處，涉及 {files} 封郵件",
    "en-US": "{count:finding|findings} in {files:message|messages}",
  },
  rulesHeader: {
    "zh-CN": "检查项\t类别\t默认级别\t说明",
    "zh-TW": "檢查項目\t類別\t預設級別\t說明",
    "en-US": "Rule\tCategory\tDefault\tWhat it checks",
  },
  policyValid: {
    "zh-CN": "{file}：策略有效",
    "zh-TW": "{file}：原則有效",
    "en-US": "{file}: the policy is valid",
  },
  policyInvalid: {
    "zh-CN": "{file}：策略无效，请修正以下字段：",
    "zh-TW": "{file}：原則無效，請修正以下欄位：",
    "en-US": "{file}: the policy is invalid; fix these fields:",
  },
  policyUnreadable: {
    "zh-CN": "{file}：无法读取策略文件：",
    "zh-TW": "{file}：無法讀取原則檔案：",
    "en-US": "{file}: the policy file could not be read:",
  },
  policyNotValid: {
    "zh-CN": "{file} 不是有效的策略：",
    "zh-TW": "{file} 不是有效的原則：",
    "en-US": "{file} is not a valid policy:",
  },
  policyNotCompiled: {
    "zh-CN": "{file} 不是有效的策略，未编译任何内容：",
    "zh-TW": "{file} 不是有效的原則，未編譯任何內容：",
    "en-US": "{file} is not a valid policy, nothing was compiled:",
  },
  policyUnusable: {
    "zh-CN": "策略 {file} 无法使用，未检查任何邮件：",
    "zh-TW": "原則 {file} 無法使用，未檢查任何郵件：",
    "en-US": "the policy {file} is not usable; nothing was checked.",
  },
  noInputs: {
    "zh-CN": "没有找到可检查的邮件（.eml、.msg、.mbox、.pst、.ost）。",
    "zh-TW": "沒有找到可檢查的郵件（.eml、.msg、.mbox、.pst、.ost）。",
    "en-US": "No mail found to check (.eml, .msg, .mbox, .pst, .ost).",
  },
} as const satisfies Readonly<Record<string, LocalizedText>>;
