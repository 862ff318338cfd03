/** The pane's own words (rule messages and remedies live with the rules and the manual). */
import { formatText } from "../engine/format";
import type { Locale } from "../engine/rule";

type Text = Readonly<Record<Locale, string>>;
const L = (zhCN: string, zhTW: string, enUS: string): Text => ({ "zh-CN": zhCN, "zh-TW": zhTW, "en-US": enUS });

const STRINGS = {
  title: L("邮件发送前检查", "郵件傳送前檢查", "Mail Preflight"),
  // Before the pane can check anything: see components/BootNotice.tsx.
  bootElsewhere: L(
    "请在 Outlook 中，从正在撰写的邮件里打开“邮件发送前检查”。单独在浏览器中打开时，这个页面没有可检查的邮件。",
    "請在 Outlook 中，從正在撰寫的郵件裡開啟「郵件傳送前檢查」。單獨在瀏覽器中開啟時，這個頁面沒有可檢查的郵件。",
    "Open Mail Preflight from a message you are writing in Outlook. On its own in a browser, this page has no message to check.",
  ),
  bootMissing: L(
    "无法加载 Office.js（邮件发送前检查靠它连接 Outlook）。请检查网络连接；如果防火墙或代理服务器限制访问的网址，请让管理员放行 {officeJs} 和 {msAjax}。然后关闭并重新打开任务窗格。",
    "無法載入 Office.js（郵件傳送前檢查靠它連接 Outlook）。請檢查網路連線；如果防火牆或 Proxy 伺服器限制存取的網址，請洽管理員允許存取 {officeJs} 與 {msAjax}。然後關閉並重新開啟工作窗格。",
    "Office.js, which connects Mail Preflight to Outlook, could not be loaded. Check the network connection; if a firewall or proxy filters web addresses, ask your administrator to allow {officeJs} and {msAjax}. Then close and reopen the pane.",
  ),
  bootWaiting: L(
    "正在等待 Outlook…如果一直停在这里，请关闭任务窗格，再从正在撰写的邮件里重新打开。仍然不行时，可能是网络拦截了 {officeJs} 或 {msAjax}，请让管理员放行这两个网址。",
    "正在等待 Outlook…如果一直停在這裡，請關閉工作窗格，再從正在撰寫的郵件裡重新開啟。仍然不行時，可能是網路封鎖了 {officeJs} 或 {msAjax}，請洽管理員允許存取這兩個網址。",
    "Waiting for Outlook… If this stays, close the pane and open Mail Preflight again from a message you are writing. If it still stays, the network may be blocking {officeJs} or {msAjax}: ask your administrator to allow both.",
  ),
  checking: L("正在检查…", "正在檢查…", "Checking…"),
  ready: L("可以发送", "可以傳送", "Ready to send"),
  // The English counts need singular and plural; Chinese has one form.
  blockOne: L("{n} 个问题必须修复", "{n} 個問題必須修正", "{n} problem must be fixed"),
  blockMany: L("{n} 个问题必须修复", "{n} 個問題必須修正", "{n} problems must be fixed"),
  warnOne: L("{n} 个警告", "{n} 個警告", "{n} warning"),
  warnMany: L("{n} 个警告", "{n} 個警告", "{n} warnings"),
  // Between two clauses ("2 problems must be fixed, 3 warnings"); lists use formatText's 、.
  clauseSeparator: L("，", "，", ", "),
  // A label and its value: Chinese takes the full-width colon, with no space after it.
  labelValue: L("{label}：{value}", "{label}：{value}", "{label}: {value}"),
  readFailed: L(
    "无法读取这封邮件：{error}。请点“重新检查”再试。",
    "無法讀取這封郵件：{error}。請按「重新檢查」再試。",
    "Could not read this message: {error}. Press Recheck to try again.",
  ),
  slow: L("仍在读取邮件（附件较大时需要一些时间）…", "仍在讀取郵件（附件較大時需要一些時間）…", "Still reading the message (large attachments take a moment)…"),
  recheck: L("重新检查", "重新檢查", "Recheck"),
  language: L("语言", "語言", "Language"),
  tabCheck: L("检查", "檢查", "Check"),
  tabHelp: L("帮助", "說明", "Help"),
  tabPolicy: L("规则", "規則", "Policy"),
  loadingView: L("正在加载…", "正在載入…", "Loading…"),
  viewFailed: L("此页面未能加载：{error}。请关闭再打开任务窗格。", "此頁面無法載入：{error}。請關閉後重新開啟工作窗格。", "This page could not be loaded: {error}. Close and reopen the pane."),
  groupRecipients: L("收件人", "收件者", "Recipients"),
  groupAttachments: L("附件", "附件", "Attachments"),
  groupContent: L("内容", "內容", "Content"),
  lastSendStopped: L("刚才的发送已被拦下：请先处理下面的问题。", "剛才的傳送已被攔下：請先處理下列問題。", "Send was stopped: fix the problems below."),
  sendPolicyUnreachable: L(
    "发送时的检查未能取得公司的策略，按内置默认设置检查了这封邮件。请告知 IT 支持：加载项所在网站可能缺少传统版 Outlook 需要的 /.well-known/microsoft-officeaddins-allowed.json。",
    "傳送時的檢查未能取得公司的原則，已依內建預設設定檢查這封郵件。請告知 IT 支援：增益集所在網站可能缺少傳統版 Outlook 需要的 /.well-known/microsoft-officeaddins-allowed.json。",
    "The check at Send could not get the company's policy and used its built-in settings. Tell IT support: the add-in's site may lack /.well-known/microsoft-officeaddins-allowed.json, which classic Outlook needs.",
  ),
  sendPolicyInvalid: L(
    "发送时的检查读到的公司策略副本（policy.effective.json）无效，按内置默认设置检查了这封邮件。请告知 IT 支持。",
    "傳送時的檢查讀到的公司原則副本（policy.effective.json）無效，已依內建預設設定檢查這封郵件。請告知 IT 支援。",
    "The company's policy copy the check at Send reads (policy.effective.json) is not valid, so it used its built-in settings. Tell IT support.",
  ),
  notChecked: L("未检查的部分", "未檢查的部分", "Not checked"),
  inText: L("在正文中：", "在內文中：", "In the text:"),
  howToFix: L("如何修复：{title}", "如何修正：{title}", "How to fix: {title}"),
  remedySource: L("出处：{sources}", "出處：{sources}", "Source: {sources}"),
  fixRunning: L("正在修改邮件…", "正在修改郵件…", "Changing the message…"),
  fixFailed: L(
    "未能自动修改：{error}。请在邮件里手动修改，然后点“重新检查”。",
    "無法自動修改：{error}。請在郵件中手動修改，然後按「重新檢查」。",
    "The fix did not work: {error}. Make the change in the message yourself, then press Recheck.",
  ),
  ignore: L("本邮件忽略此项", "本郵件略過此項", "Ignore for this message"),
  ignoredCount: L("已忽略 {n} 项，邮件有改动时会重新显示。", "已略過 {n} 項，郵件有變動時會再次顯示。", "{n} ignored until the message changes."),
  shareOpenFailed: L(
    "未能打开{drive}：{error}。请自己在浏览器中打开{drive}上传文件，再把分享链接粘贴到下面。",
    "無法開啟{drive}：{error}。請自行在瀏覽器開啟{drive}上傳檔案，再把分享連結貼到下方。",
    "Could not open {drive}: {error}. Open {drive} in your browser yourself, upload the file and paste its share link below.",
  ),
  shareLinkLabel: L("把 {name} 上传到{drive}后，粘贴分享链接", "把 {name} 上傳到{drive}後，貼上分享連結", "After uploading {name} to {drive}, paste its share link"),
  shareLinkInvalid: L("链接必须以 https:// 开头。请从{drive}复制完整的分享链接。", "連結必須以 https:// 開頭。請從{drive}複製完整的分享連結。", "The link must start with https://. Copy the whole share link from {drive}."),
  shareConfirm: L("插入链接并移除附件", "插入連結並移除附件", "Insert link and remove the attachment"),
  shareCancel: L("取消", "取消", "Cancel"),
  notifySummary: L("发送前检查：{summary}。请打开任务窗格查看。", "傳送前檢查：{summary}。請開啟工作窗格查看。", "Mail Preflight: {summary}. Open the pane for the fixes."),
  policyProblemInvalid: L(
    "公司的规则文件 {url} 有错误，现在使用内置的默认规则：",
    "公司的規則檔 {url} 有錯誤，目前使用內建的預設規則：",
    "The company policy at {url} has errors, so the built-in defaults apply:",
  ),
  policyProblemUnreachable: L(
    "无法获取公司的规则文件 {url}（{message}），现在使用{fallback}。",
    "無法取得公司的規則檔 {url}（{message}），目前使用{fallback}。",
    "The company policy at {url} could not be loaded ({message}); {fallback} apply.",
  ),
  policyProblemSendCopy: L(
    "公司的规则文件 {url} 已生效，但发送时检查用的副本 {copy} 不是由它生成的，发送时可能仍按旧规则检查。请告诉管理员重新运行 mail-preflight policy compile。",
    "公司的規則檔 {url} 已生效，但傳送時檢查用的副本 {copy} 不是由它產生的，傳送時可能仍依舊規則檢查。請通知管理員重新執行 mail-preflight policy compile。",
    "The company policy at {url} applies here, but the Send check's copy at {copy} was not compiled from it, so Send may still check by older rules. Ask your administrator to run mail-preflight policy compile again.",
  ),
  policyProblemOther: L(
    "公司的规则文件 {url} 有问题，请告诉管理员。",
    "公司的規則檔 {url} 有問題，請通知管理員。",
    "Something is wrong with the company policy at {url}: please tell your administrator.",
  ),
  fallbackCached: L("上次保存的规则", "上次儲存的規則", "the last saved rules"),
  fallbackDefaults: L("内置的默认规则", "內建的預設規則", "the built-in defaults"),
  policyWholeFile: L("整个文件", "整個檔案", "the whole file"),
  helpSearch: L("搜索帮助", "搜尋說明", "Search help"),
  helpNoResults: L("没有找到相关的帮助。可以换个说法，或联系下面的技术支持。", "找不到相關說明。可以換個說法，或聯絡下方的技術支援。", "No help matches. Try other words, or contact support below."),
  helpSymptoms: L("症状：{symptoms}", "症狀：{symptoms}", "Symptoms: {symptoms}"),
  helpResults: L("搜索结果", "搜尋結果", "Search results"),
  supportTitle: L("技术支持", "技術支援", "Support"),
  supportNone: L("管理员尚未设置联系方式。", "管理員尚未設定聯絡方式。", "Your administrator has not listed any contacts."),
  supportPhone: L("电话：{phone}", "電話：{phone}", "Phone: {phone}"),
  supportHours: L("时间：{hours}", "時間：{hours}", "Hours: {hours}"),
  supportWeb: L("网站", "網站", "Website"),
  policyLimits: L("限制", "限制", "Limits"),
  limitShare: L("超过此大小建议改用分享链接", "超過此大小建議改用分享連結", "Share a link instead above"),
  limitAttachment: L("单个附件上限", "單一附件上限", "Largest attachment"),
  limitMessage: L("整封邮件上限", "整封郵件上限", "Largest message"),
  limitRecipients: L("收件人数上限", "收件者人數上限", "Most recipients"),
  policyRules: L("检查项", "檢查項目", "Checks"),
  policySeverity: L("处理方式", "處理方式", "Severity"),
  severityBlock: L("必须修复", "必須修正", "Must fix"),
  severityWarn: L("警告", "警告", "Warning"),
  severityInfo: L("提示", "提示", "Note"),
  severityOff: L("已关闭", "已關閉", "Off"),
  policySource: L("来源", "來源", "Source"),
  sourceHosted: L("公司规则文件 {url}（{time} 获取）", "公司規則檔 {url}（{time} 取得）", "Company policy {url} (fetched {time})"),
  sourceCached: L("公司规则文件 {url} 的保存副本（{time} 获取）", "公司規則檔 {url} 的儲存副本（{time} 取得）", "Saved copy of the company policy {url} (fetched {time})"),
  sourceDefaults: L("内置的默认规则", "內建的預設規則", "Built-in defaults"),
  presets: L("服务商预设：{names}", "服務商預設：{names}", "Provider presets: {names}"),
  presetsNone: L("服务商预设：无", "服務商預設：無", "Provider presets: none"),
} as const satisfies Record<string, Text>;

export type StringId = keyof typeof STRINGS;
export const STRING_IDS = Object.keys(STRINGS) as StringId[];
export const STRING_TABLE: Readonly<Record<StringId, Text>> = STRINGS;

export function t(locale: Locale, id: StringId, data: Record<string, string | number> = {}): string {
  return formatText(STRINGS[id][locale], data);
}

/**
 * "2 problems must be fixed, 3 warnings". Both counts always show (the preview's browser test and
 * the bench read "0 个问题必须修复，1 个警告"), each with its English singular or plural.
 */
/** "2 problems must be fixed, 3 warnings"; a zero count is left out ("3 warnings"). */
export function countsSummary(locale: Locale, block: number, warn: number): string {
  const parts = [
    ...(block > 0 || warn === 0 ? [t(locale, block === 1 ? "blockOne" : "blockMany", { n: block })] : []),
    ...(warn > 0 ? [t(locale, warn === 1 ? "warnOne" : "warnMany", { n: warn })] : []),
  ];
  return parts.join(t(locale, "clauseSeparator"));
}

/** Each language's name in itself, for the picker. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { "zh-CN": "简体中文", "zh-TW": "繁體中文", "en-US": "English" };
