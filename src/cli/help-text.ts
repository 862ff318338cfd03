/**
 * The words of `--help` in the admin's language. Commander builds the layout; the headings go
 * through its styleTitle hook and every description comes from here. Commander's own error
 * messages ("unknown option") stay English: they quote the flags, which are English anyway.
 */
import { LOCALES, type Locale, type LocalizedText } from "../engine/rule";

export const HELP_TEXT = {
  program: {
    "zh-CN": "在推广前，用 Mail Preflight 的策略检查 .eml 邮件。",
    "zh-TW": "在推廣前，以 Mail Preflight 的原則檢查 .eml 郵件。",
    "en-US": "Check .eml messages against the Mail Preflight policy before a roll-out.",
  },
  check: {
    "zh-CN": "检查 .eml、.msg 文件，.mbox、.pst、.ost（逐封），文件夹（递归查找这几类），或用 - 表示标准输入",
    "zh-TW": "檢查 .eml、.msg 檔案，.mbox、.pst、.ost（逐封），資料夾（遞迴尋找這幾類），或以 - 表示標準輸入",
    "en-US": "check .eml and .msg files, .mbox, .pst and .ost (message by message), folders (recursively) or - for standard input",
  },
  paths: { "zh-CN": "文件、文件夹或 -", "zh-TW": "檔案、資料夾或 -", "en-US": "files, folders or -" },
  policyFile: {
    "zh-CN": "要使用的 policy.json（默认：内置默认策略）",
    "zh-TW": "要套用的 policy.json（預設：內建的預設原則）",
    "en-US": "policy.json to apply (default: the built-in defaults)",
  },
  format: { "zh-CN": "输出格式", "zh-TW": "輸出格式", "en-US": "output format" },
  locale: {
    "zh-CN": "报告的语言（默认：取自 LC_ALL / LANG）",
    "zh-TW": "報告的語言（預設：取自 LC_ALL / LANG）",
    "en-US": "language of the report (default: from LC_ALL / LANG)",
  },
  failOn: {
    "zh-CN": "有邮件出现此级别或更严重的问题时，以代码 1 退出",
    "zh-TW": "有郵件出現此級別或更嚴重的問題時，以代碼 1 結束",
    "en-US": "exit 1 when a message has a finding of this severity or worse",
  },
  jobs: {
    "zh-CN": "同时检查的邮件数（工作线程数；默认：本机的 CPU 核数；1 表示不启动工作线程）",
    "zh-TW": "同時檢查的郵件數（工作執行緒數；預設：本機的 CPU 核心數；1 表示不啟動工作執行緒）",
    "en-US": "messages checked at once, in worker threads (default: this machine's cores; 1 starts no workers)",
  },
  dnsUrl: {
    "zh-CN": "recipient-domain-unreachable 使用的 DNS-over-HTTPS JSON 地址（仅在策略启用该规则时使用）",
    "zh-TW": "recipient-domain-unreachable 使用的 DNS-over-HTTPS JSON 網址（僅在原則啟用該規則時使用）",
    "en-US": "DNS-over-HTTPS JSON endpoint for recipient-domain-unreachable (used only when the policy turns that rule on)",
  },
  policy: { "zh-CN": "验证、显示或编译策略文件", "zh-TW": "驗證、顯示或編譯原則檔", "en-US": "validate, show or compile a policy file" },
  validate: {
    "zh-CN": "按架构检查策略文件；有效时以 0 退出，无效时以 2 退出",
    "zh-TW": "依結構描述檢查原則檔；有效時以 0 結束，無效時以 2 結束",
    "en-US": "check a policy file against the schema; exit 0 when valid, 2 when not",
  },
  show: {
    "zh-CN": "以 JSON 显示生效的策略（套用预设和默认值之后）",
    "zh-TW": "以 JSON 顯示生效的原則（套用預設集與預設值之後）",
    "en-US": "print the effective policy (after presets and defaults) as JSON",
  },
  showFile: {
    "zh-CN": "policy.json（默认：无，即内置默认策略）",
    "zh-TW": "policy.json（預設：無，即內建的預設原則）",
    "en-US": "policy.json (default: none, the built-in defaults)",
  },
  compile: {
    "zh-CN": "输出 policy.effective.json：发送检查使用的有效策略副本（与 policy.json 放在同一位置）",
    "zh-TW": "輸出 policy.effective.json：傳送檢查使用的有效原則副本（與 policy.json 放在同一位置）",
    "en-US": "print policy.effective.json, the Send handler's copy of a valid policy (host it next to policy.json)",
  },
  rules: {
    "zh-CN": "列出每条规则的类别、默认级别和检查内容",
    "zh-TW": "列出每條規則的類別、預設級別與檢查內容",
    "en-US": "list every rule with its category, default severity and what it checks",
  },
  help: { "zh-CN": "显示命令的帮助", "zh-TW": "顯示命令的說明", "en-US": "display help for command" },
  version: { "zh-CN": "显示版本号", "zh-TW": "顯示版本號碼", "en-US": "output the version number" },
  afterError: { "zh-CN": "（加上 --help 查看用法）", "zh-TW": "（加上 --help 檢視用法）", "en-US": "(run with --help for usage)" },
} satisfies Record<string, LocalizedText>;

/** Commander's headings, as it passes them to styleTitle. */
const TITLES: Readonly<Record<Exclude<Locale, "en-US">, Readonly<Record<string, string>>>> = {
  "zh-CN": { "Usage:": "用法：", "Arguments:": "参数：", "Options:": "选项：", "Commands:": "命令：", "Global Options:": "全局选项：" },
  "zh-TW": { "Usage:": "用法：", "Arguments:": "引數：", "Options:": "選項：", "Commands:": "命令：", "Global Options:": "全域選項：" },
};

/** Commander's "(choices: …, default: …)" after an option's description, in Chinese labels. */
const EXTRAS: Readonly<Record<Exclude<Locale, "en-US">, Readonly<Record<string, string>>>> = {
  "zh-CN": { "choices: ": "可选值：", "default: ": "默认：" },
  "zh-TW": { "choices: ": "可用值：", "default: ": "預設：" },
};

export function helpExtras(description: string, locale: Locale): string {
  if (locale === "en-US") return description;
  const labels = EXTRAS[locale];
  return description.replace(/ \((choices: |default: )(.*)\)$/, (_whole, label: string, rest: string) => {
    const localized = rest.replace(/, (choices: |default: )/g, (_m, inner: string) => `；${labels[inner]}`);
    return `（${labels[label]}${localized}）`;
  });
}

export function helpTitle(title: string, locale: Locale): string {
  return locale === "en-US" ? title : (TITLES[locale][title] ?? title);
}

/**
 * The language of the help: `--locale` when the arguments name one (help is printed while they
 * are parsed), else the environment's.
 */
export function helpLocale(args: readonly string[], fallback: Locale): Locale {
  const at = args.findIndex((a) => a === "--locale" || a.startsWith("--locale="));
  const value = at < 0 ? undefined : args[at].includes("=") ? args[at].slice("--locale=".length) : args[at + 1];
  return LOCALES.find((locale) => locale === value) ?? fallback;
}
