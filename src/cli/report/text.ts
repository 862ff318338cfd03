/** The report page's own words, in the three languages (rule, remedy and not-checked texts come from their owners). */
import type { LocalizedText } from "../../engine/rule";

export const REPORT_TEXT = {
  title: { "zh-CN": "Mail Preflight 邮件检查报告", "zh-TW": "Mail Preflight 郵件檢查報告", "en-US": "Mail Preflight report" },
  policy: { "zh-CN": "策略：{name}", "zh-TW": "原則：{name}", "en-US": "Policy: {name}" },
  comparedWith: { "zh-CN": "对比策略：{name}", "zh-TW": "比較原則：{name}", "en-US": "Compared with: {name}" },
  builtIn: { "zh-CN": "内置默认策略", "zh-TW": "內建預設原則", "en-US": "the built-in defaults" },
  lead: {
    "zh-CN": "共检查 {files} 封邮件或文件：拦截 {block}，警告 {warn}，通过 {pass}，出错 {errors}。",
    "zh-TW": "共檢查 {files} 封郵件或檔案：攔截 {block}，警告 {warn}，通過 {pass}，出錯 {errors}。",
    "en-US": "{files:message or file|messages or files} checked: {block} blocked, {warn} warned, {pass} passed, {errors} could not be checked.",
  },
  contents: { "zh-CN": "目录", "zh-TW": "目錄", "en-US": "Contents" },
  verdicts: { "zh-CN": "检查结果", "zh-TW": "檢查結果", "en-US": "Verdicts" },
  verdictsDesc: {
    "zh-CN": "每封邮件只计一次，按其最严重的结果归类。",
    "zh-TW": "每封郵件只計一次，依其最嚴重的結果歸類。",
    "en-US": "Each message counts once, under its most serious outcome.",
  },
  verdict: { "zh-CN": "结果", "zh-TW": "結果", "en-US": "Verdict" },
  messages: { "zh-CN": "邮件数", "zh-TW": "郵件數", "en-US": "Messages" },
  byRule: { "zh-CN": "各检查项的发现", "zh-TW": "各檢查項目的發現", "en-US": "Findings per rule" },
  byRuleDesc: {
    "zh-CN": "每个检查项按级别（拦截、警告、提示）统计的发现数。",
    "zh-TW": "每個檢查項目依級別（攔截、警告、提示）統計的發現數。",
    "en-US": "Findings of each rule, by severity (block, warn, info).",
  },
  rule: { "zh-CN": "检查项", "zh-TW": "檢查項目", "en-US": "Rule" },
  files: { "zh-CN": "涉及邮件", "zh-TW": "涉及郵件", "en-US": "Messages" },
  noFindings: { "zh-CN": "没有任何发现。", "zh-TW": "沒有任何發現。", "en-US": "No findings." },
  sizes: { "zh-CN": "大小与上限", "zh-TW": "大小與上限", "en-US": "Sizes against the limits" },
  attachmentSizes: { "zh-CN": "附件大小（发送时编码后）", "zh-TW": "附件大小（傳送時編碼後）", "en-US": "Attachment sizes (encoded, as sent)" },
  messageSizes: { "zh-CN": "整封邮件大小（发送时编码后，估算）", "zh-TW": "整封郵件大小（傳送時編碼後，估算）", "en-US": "Message sizes (encoded, as sent; estimated)" },
  recipients: { "zh-CN": "每封邮件的收件人数", "zh-TW": "每封郵件的收件者數", "en-US": "Recipients per message" },
  histDesc: {
    "zh-CN": "直方图：每个区间内的数量；虚线为策略中的上限，线右侧的都超过了上限。",
    "zh-TW": "直方圖：每個區間內的數量；虛線為原則中的上限，線右側的都超過了上限。",
    "en-US": "Histogram: how many fall in each range; dashed lines are the policy's limits, and every bar right of a line is over it.",
  },
  range: { "zh-CN": "区间", "zh-TW": "區間", "en-US": "Range" },
  count: { "zh-CN": "数量", "zh-TW": "數量", "en-US": "Count" },
  limit: { "zh-CN": "上限", "zh-TW": "上限", "en-US": "Limit" },
  over: { "zh-CN": "超过的数量", "zh-TW": "超過的數量", "en-US": "Over it" },
  shareLink: { "zh-CN": "建议改发网盘链接", "zh-TW": "建議改傳網盤連結", "en-US": "share-link threshold" },
  attachmentMax: { "zh-CN": "单个附件上限", "zh-TW": "單一附件上限", "en-US": "attachment limit" },
  messageMax: { "zh-CN": "整封邮件上限", "zh-TW": "整封郵件上限", "en-US": "message limit" },
  maxRecipients: { "zh-CN": "收件人上限", "zh-TW": "收件者上限", "en-US": "recipient limit" },
  exposedList: {
    "zh-CN": "公开外部地址提醒门槛（只计收件人和抄送中的外部地址）",
    "zh-TW": "公開外部地址提醒門檻（只計收件者和副本中的外部地址）",
    "en-US": "exposed-list threshold (counts only outside To and Cc addresses)",
  },
  firstPolicy: { "zh-CN": "（策略一）", "zh-TW": "（原則一）", "en-US": " (policy 1)" },
  secondPolicy: { "zh-CN": "（策略二）", "zh-TW": "（原則二）", "en-US": " (policy 2)" },
  domains: { "zh-CN": "最常见的外部域名", "zh-TW": "最常見的外部網域", "en-US": "Most frequent outside domains" },
  domainsDesc: {
    "zh-CN": "发往每个外部域名的邮件数（按策略的公司域名判断内外；策略未设置时用发件人的域名）。",
    "zh-TW": "寄往每個外部網域的郵件數（依原則的公司網域判斷內外；原則未設定時用寄件者的網域）。",
    "en-US": "Messages sent to each outside domain (outside the policy's company domains, or the sender's own when the policy names none).",
  },
  domain: { "zh-CN": "域名", "zh-TW": "網域", "en-US": "Domain" },
  otherDomains: { "zh-CN": "另有 {count} 封邮件发往未单独统计的域名。", "zh-TW": "另有 {count} 封郵件寄往未單獨統計的網域。", "en-US": "{count} more messages went to domains not counted one by one." },
  noDomains: { "zh-CN": "没有发往外部域名的邮件。", "zh-TW": "沒有寄往外部網域的郵件。", "en-US": "No message went to an outside domain." },
  notChecked: { "zh-CN": "未检查的部分", "zh-TW": "未檢查的部分", "en-US": "Not checked" },
  notCheckedDesc: {
    "zh-CN": "有些部分无法读取的邮件数，按原因统计：这些邮件的“通过”只代表读到的部分。",
    "zh-TW": "有些部分無法讀取的郵件數，依原因統計：這些郵件的「通過」只代表讀到的部分。",
    "en-US": "Messages with parts that could not be read, by reason: their pass is a pass of what was read.",
  },
  reason: { "zh-CN": "原因", "zh-TW": "原因", "en-US": "Reason" },
  nothingUnchecked: { "zh-CN": "所有邮件都已完整检查。", "zh-TW": "所有郵件都已完整檢查。", "en-US": "Every message was read in full." },
  examples: { "zh-CN": "各检查项的示例邮件", "zh-TW": "各檢查項目的範例郵件", "en-US": "Example messages per rule" },
  examplesDesc: {
    "zh-CN": "每个检查项最多列出 {max} 封邮件及其发现，可按路径打开查看。",
    "zh-TW": "每個檢查項目最多列出 {max} 封郵件及其發現，可依路徑開啟查看。",
    "en-US": "Up to {max} messages per rule with the finding, by path, so you can open them.",
  },
  file: { "zh-CN": "文件", "zh-TW": "檔案", "en-US": "File" },
  severity: { "zh-CN": "级别", "zh-TW": "級別", "en-US": "Severity" },
  finding: { "zh-CN": "发现", "zh-TW": "發現", "en-US": "Finding" },
  more: { "zh-CN": "另有 {count} 封未列出。", "zh-TW": "另有 {count} 封未列出。", "en-US": "And {count} more." },
  errors: { "zh-CN": "无法检查的文件", "zh-TW": "無法檢查的檔案", "en-US": "Files that could not be checked" },
  error: { "zh-CN": "原因", "zh-TW": "原因", "en-US": "Why" },
  noErrors: { "zh-CN": "所有文件都已读取。", "zh-TW": "所有檔案都已讀取。", "en-US": "Every file could be read." },
  compare: { "zh-CN": "两个策略的对比", "zh-TW": "兩個原則的比較", "en-US": "The two policies compared" },
  compareLead: {
    "zh-CN": "策略一：{first}；策略二：{second}。有 {moved} 封邮件的结果会改变；{errors} 个文件无法检查，未计入矩阵。",
    "zh-TW": "原則一：{first}；原則二：{second}。有 {moved} 封郵件的結果會改變；{errors} 個檔案無法檢查，未計入矩陣。",
    "en-US": "Policy 1: {first}; policy 2: {second}. {moved:message changes|messages change} verdict; {errors:file|files} could not be checked (left out of the matrix).",
  },
  matrix: { "zh-CN": "结果变化（行：策略一，列：策略二）", "zh-TW": "結果變化（列：原則一，欄：原則二）", "en-US": "Verdict changes (rows: policy 1, columns: policy 2)" },
  matrixDesc: {
    "zh-CN": "每格为在策略一下得到行中结果、在策略二下得到列中结果的邮件数；对角线以外的格子是会改变的邮件。",
    "zh-TW": "每格為在原則一下得到該列結果、在原則二下得到該欄結果的郵件數；對角線以外的格子是會改變的郵件。",
    "en-US": "Each cell counts messages with the row's verdict under policy 1 and the column's under policy 2; cells off the diagonal are the ones that change.",
  },
  ruleDiffs: { "zh-CN": "各检查项的差异", "zh-TW": "各檢查項目的差異", "en-US": "Differences per rule" },
  ruleDiffsDesc: {
    "zh-CN": "每个检查项在两个策略下的发现数，以及只在其中一个策略下报告、或两者报告级别不同的邮件。",
    "zh-TW": "每個檢查項目在兩個原則下的發現數，以及只在其中一個原則下回報、或兩者回報級別不同的郵件。",
    "en-US": "Findings of each rule under each policy, and the messages where only one of them reports it or they report it at different severities.",
  },
  under1: { "zh-CN": "策略一", "zh-TW": "原則一", "en-US": "Policy 1" },
  under2: { "zh-CN": "策略二", "zh-TW": "原則二", "en-US": "Policy 2" },
  changed: { "zh-CN": "改变的邮件", "zh-TW": "改變的郵件", "en-US": "Messages changed" },
  change: { "zh-CN": "变化", "zh-TW": "變化", "en-US": "Change" },
  added: { "zh-CN": "仅策略二报告", "zh-TW": "僅原則二回報", "en-US": "only under policy 2" },
  removed: { "zh-CN": "仅策略一报告", "zh-TW": "僅原則一回報", "en-US": "only under policy 1" },
  severityChanged: { "zh-CN": "级别 {from} → {to}", "zh-TW": "級別 {from} → {to}", "en-US": "{from} → {to}" },
  noChanges: { "zh-CN": "两个策略的结果完全相同。", "zh-TW": "兩個原則的結果完全相同。", "en-US": "Both policies give the same findings." },
  footer: {
    "zh-CN": "由 mail-preflight report 生成。本页不加载任何外部资源，可离线打开。",
    "zh-TW": "由 mail-preflight report 產生。本頁不載入任何外部資源，可離線開啟。",
    "en-US": "Made by mail-preflight report. This page loads nothing from elsewhere and works offline.",
  },
} as const satisfies Readonly<Record<string, LocalizedText>>;

export type ReportTextId = keyof typeof REPORT_TEXT;

/** What `report` says on the terminal. */
export const REPORT_CLI_TEXT = {
  needsOut: {
    "zh-CN": "请用 --out 指定报告文件，例如 --out report.html。",
    "zh-TW": "請用 --out 指定報告檔案，例如 --out report.html。",
    "en-US": "say where to write the report with --out, e.g. --out report.html.",
  },
  outNotHtml: {
    "zh-CN": "报告文件 {file} 必须以 .html 或 .htm 结尾（以免覆盖邮件文件）。",
    "zh-TW": "報告檔案 {file} 必須以 .html 或 .htm 結尾（以免覆蓋郵件檔案）。",
    "en-US": "the report file {file} must end in .html or .htm (so it can never overwrite mail).",
  },
  outIsInput: {
    "zh-CN": "报告文件 {file} 也是要检查的输入，不会覆盖它。",
    "zh-TW": "報告檔案 {file} 也是要檢查的輸入，不會覆蓋它。",
    "en-US": "the report file {file} is also one of the inputs; it will not be overwritten.",
  },
  outIsFolder: {
    "zh-CN": "{file} 是文件夹，请给出报告的文件名。",
    "zh-TW": "{file} 是資料夾，請提供報告的檔名。",
    "en-US": "{file} is a folder; give a file name for the report.",
  },
  notWritten: {
    "zh-CN": "无法写入报告 {file}：{reason}",
    "zh-TW": "無法寫入報告 {file}：{reason}",
    "en-US": "could not write the report {file}: {reason}",
  },
  written: {
    "zh-CN": "已写入报告 {file}：共 {files} 项，拦截 {block}，警告 {warn}，通过 {pass}，出错 {errors}。",
    "zh-TW": "已寫入報告 {file}：共 {files} 項，攔截 {block}，警告 {warn}，通過 {pass}，出錯 {errors}。",
    "en-US": "wrote {file}: {files} checked (block {block}, warn {warn}, pass {pass}, errors {errors}).",
  },
  compared: {
    "zh-CN": "改用 {file} 后，{moved} 封邮件的结果会改变。",
    "zh-TW": "改用 {file} 後，{moved} 封郵件的結果會改變。",
    "en-US": "under {file}, {moved:message changes|messages change} verdict.",
  },
} as const satisfies Readonly<Record<string, LocalizedText>>;

/** `report --help`. */
export const REPORT_HELP = {
  report: {
    "zh-CN": "检查与 check 相同的输入，写出一个独立的 HTML 报告（图表、示例邮件，可对比两个策略）",
    "zh-TW": "檢查與 check 相同的輸入，寫出一個獨立的 HTML 報告（圖表、範例郵件，可比較兩個原則）",
    "en-US": "check the same inputs as check and write one self-contained HTML report (charts, example messages, two policies compared)",
  },
  out: { "zh-CN": "报告文件（.html）", "zh-TW": "報告檔案（.html）", "en-US": "the report file to write (.html)" },
  compare: {
    "zh-CN": "第二个 policy.json：报告两个策略下结果的差异",
    "zh-TW": "第二個 policy.json：報告兩個原則下結果的差異",
    "en-US": "a second policy.json: show what changes under it",
  },
} as const satisfies Readonly<Record<string, LocalizedText>>;
