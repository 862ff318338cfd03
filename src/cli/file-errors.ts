/**
 * Per-file errors in the reader's language for the text report. The errors themselves are
 * English sentences (JSON keeps them as they are: scripts match on them); here each known form
 * is rewritten, its technical detail kept. An unknown form is shown as it is.
 */
import type { Locale } from "../engine/rule";

type Translation = readonly [RegExp, string, string];

/** [pattern, zh-CN, zh-TW]; $1, $2 are the pattern's groups. */
const FORMS: readonly Translation[] = [
  [/^empty file$/, "空文件", "空白檔案"],
  [/^looks like a binary file \(NUL bytes in the header\)$/, "看起来是二进制文件，不是邮件（邮件头里有 NUL 字节）", "看起來是二進位檔案，不是郵件（郵件標頭中有 NUL 位元組）"],
  [/^not a MIME message: no header block found$/, "不是邮件格式：找不到邮件头", "不是郵件格式：找不到郵件標頭"],
  [/^file is (.+), over the (.+) limit; not read$/, "文件大小 $1，超过 $2 的上限，未读取", "檔案大小 $1，超過 $2 的上限，未讀取"],
  [/^file is (.+), over the (.+) limit$/, "文件大小 $1，超过 $2 的上限", "檔案大小 $1，超過 $2 的上限"],
  [/^standard input is over the (.+) limit$/, "标准输入超过 $1 的上限", "標準輸入超過 $1 的上限"],
  [/^could not parse the message: (.*)$/, "无法解析邮件：$1", "無法解析郵件：$1"],
  [/^could not be checked: (.*)$/, "检查时出错：$1", "檢查時出錯：$1"],
  [/^folder nesting deeper than (\d+) levels; not read$/, "文件夹嵌套超过 $1 层，未读取", "資料夾巢狀超過 $1 層，未讀取"],
  [/^cannot read folder: (.*)$/, "无法读取文件夹：$1", "無法讀取資料夾：$1"],
  [/^cannot read: (.*)$/, "无法读取：$1", "無法讀取：$1"],
  [/^is a directory$/, "这是文件夹", "這是資料夾"],
  // Outlook items and data files (src/adapters/msg, src/adapters/pst).
  [/^not a mail message: an Outlook item of class (.+)$/, "不是邮件：这是类别为 $1 的 Outlook 项目", "不是郵件：這是類別為 $1 的 Outlook 項目"],
  [/^not an Outlook \.pst\/\.ost file \(it does not start with the !BDN signature\)$/, "不是 Outlook .pst/.ost 文件（开头没有 !BDN 标记）", "不是 Outlook .pst/.ost 檔案（開頭沒有 !BDN 標記）"],
  [/^not a readable Outlook \.pst\/\.ost file: (.*)$/, "无法作为 Outlook .pst/.ost 文件读取：$1", "無法作為 Outlook .pst/.ost 檔案讀取：$1"],
  [/^message could not be read: (.*)$/, "无法读取这封邮件：$1", "無法讀取這封郵件：$1"],
  [/^folder could not be read: (.*)$/, "无法读取这个文件夹：$1", "無法讀取這個資料夾：$1"],
  [/^no messages in this Outlook data file$/, "这个 Outlook 数据文件里没有邮件", "這個 Outlook 資料檔裡沒有郵件"],
  [/^not a regular file$/, "不是普通文件", "不是一般檔案"],
  // Why a policy file was not read (src/cli/policy-file.ts).
  [/^is not a regular file$/, "不是普通文件（可能是管道或设备），未读取", "不是一般檔案（可能是管道或裝置），未讀取"],
  [/^is over (.+); not a policy file$/, "超过 $1，不是策略文件，未读取", "超過 $1，不是原則檔案，未讀取"],
  [/^is not UTF-8 text \(save it as UTF-8\)$/, "不是 UTF-8 文本（请另存为 UTF-8）", "不是 UTF-8 文字（請另存為 UTF-8）"],
  [/^cannot be read: (.*)$/, "无法读取：$1", "無法讀取：$1"],
];

/** The file-system reasons inside "cannot read: …" (see describeError). */
const REASONS: Readonly<Record<string, readonly [string, string]>> = {
  "no such file or directory": ["文件或文件夹不存在", "檔案或資料夾不存在"],
  "permission denied": ["没有权限", "沒有權限"],
  "is a directory": ["这是文件夹", "這是資料夾"],
  "a part of the path is not a directory": ["路径中有一段不是文件夹", "路徑中有一段不是資料夾"],
  "too many levels of symbolic links": ["符号链接层数过多", "符號連結層數過多"],
  "too many open files": ["打开的文件过多", "開啟的檔案過多"],
};

export function localizeFileError(error: string, locale: Locale): string {
  if (locale === "en-US") return error;
  const column = locale === "zh-CN" ? 1 : 2;
  for (const form of FORMS) {
    const match = form[0].exec(error);
    if (!match) continue;
    return form[column].replace(/\$(\d)/g, (_, n: string) => {
      const part = match[Number(n)] ?? "";
      return REASONS[part]?.[column - 1] ?? part;
    });
  }
  return error;
}
