/**
 * Why an attachment or an archive could not be read, in the reader's language. The readers (zip,
 * 7-Zip, the .eml/.msg/.pst adapters, Outlook) say why in English, with details (sizes, a 7-Zip
 * error) an admin needs; a Chinese sentence around an English reason reads badly, so the pane,
 * the CLI and the report put the known reasons into Chinese here, keeping sizes and counts. An
 * unknown reason stays as it was written: a technical detail is better than none.
 *
 * Not used by the Send handler: the rules that report these reasons need archive listings, which
 * the handler does not make, and its size budget has no room for this table.
 */
import type { Locale, MessageData } from "../../engine/rule";

type Chinese = Exclude<Locale, "en-US">;

interface Known {
  readonly pattern: RegExp;
  /** "$1" … stand for the pattern's groups (sizes, counts). */
  readonly text: Readonly<Record<Chinese, string>>;
}

/** Most specific first: "archive could not be listed: damaged …" is read through its tail. */
const KNOWN: readonly Known[] = [
  { pattern: /^archive is (.+), over the (.+) listing limit/, text: { "zh-CN": "压缩包有 $1，超过 $2 的检查上限", "zh-TW": "壓縮檔有 $1，超過 $2 的檢查上限" } },
  { pattern: /^attached message nested more than (\d+) levels deep/, text: { "zh-CN": "附带的邮件嵌套超过 $1 层，未读取", "zh-TW": "附帶的郵件巢狀超過 $1 層，未讀取" } },
  { pattern: /^attached message could not be read/, text: { "zh-CN": "附带的邮件无法读取", "zh-TW": "附帶的郵件無法讀取" } },
  { pattern: /cannot hand attachment content to add-ins/, text: { "zh-CN": "这个版本的 Outlook 不向加载项提供附件内容", "zh-TW": "這個版本的 Outlook 不提供附件內容給增益集" } },
  { pattern: /base64/, text: { "zh-CN": "Outlook 交回的附件内容格式不对", "zh-TW": "Outlook 傳回的附件內容格式不正確" } },
  { pattern: /header declares (\d+) bytes of file names and sizes/, text: { "zh-CN": "文件目录过大，超过检查读取的上限", "zh-TW": "檔案目錄過大，超過檢查讀取的上限" } },
  { pattern: /expands beyond|over the .*(limit|reads)/, text: { "zh-CN": "解压后的内容超过检查的上限", "zh-TW": "解壓縮後的內容超過檢查的上限" } },
  { pattern: /compression method .* not supported|variant .* does not read|not an archive format the check can read/, text: { "zh-CN": "使用了检查无法读取的格式或压缩方式", "zh-TW": "使用了檢查無法讀取的格式或壓縮方式" } },
  { pattern: /archive reader|unexpected error/, text: { "zh-CN": "检查工具出错", "zh-TW": "檢查工具發生錯誤" } },
  { pattern: /damaged|cut short|outside the file|not found|too short|empty file|not a zip|not a readable/, text: { "zh-CN": "文件已损坏或不完整", "zh-TW": "檔案已損毀或不完整" } },
];

/** `reason` in `locale`; English, and any reason not known here, come back as they are. */
export function localizeReason(reason: string, locale: Locale): string {
  if (locale === "en-US") return reason;
  for (const known of KNOWN) {
    const match = known.pattern.exec(reason);
    if (match) return known.text[locale].replace(/\$(\d)/g, (_, n: string) => match[Number(n)] ?? "");
  }
  return reason;
}

/** `data` with its `reason`, if any, in `locale`: what a finding or a "not checked" line is filled with. */
export function withLocalReason(data: MessageData, locale: Locale): MessageData {
  const reason = data.reason;
  if (locale === "en-US" || typeof reason !== "string") return data;
  return { ...data, reason: localizeReason(reason, locale) };
}
