/**
 * What is wrong with a policy file, in the admin's language. A PolicyError carries a code and its
 * values; the sentence is made here, so `policy validate --locale zh-CN` and a Chinese task pane
 * say it in Chinese, and the English `message` every error also carries comes from the same table.
 * Values that are words (JSON types, "or") are translated; field names and quoted values are not.
 */
import { formatText, listSeparator } from "../format";
import type { Locale, LocalizedText } from "../rule";

/** Codes and their values: lists are joined per language, `types` are JSON type names. */
export interface PolicyMessageParams {
  readonly guesses?: readonly string[];
  readonly fields?: readonly string[];
  readonly values?: readonly string[];
  readonly types?: readonly string[];
  readonly limit?: number;
  /** A character as the file has it, JSON-quoted; or the close bracket; or a runtime's own text. */
  readonly text?: string;
}

const MESSAGES = {
  unknownFieldGuess: {
    "zh-CN": "不是已知字段；是否想写 {guesses}？",
    "zh-TW": "不是已知的欄位；是不是要寫 {guesses}？",
    "en-US": "is not a known field; did you mean {guesses}?",
  },
  unknownFieldKnown: {
    "zh-CN": "不是已知字段（可用的有：{fields}）",
    "zh-TW": "不是已知的欄位（可用的有：{fields}）",
    "en-US": "is not a known field (expected one of: {fields})",
  },
  unknownField: { "zh-CN": "不是已知字段", "zh-TW": "不是已知的欄位", "en-US": "is not a known field" },
  badRuleId: {
    "zh-CN": "不是有效的规则 ID（用“-”连接的小写单词，例如 \"attachment-large\"）",
    "zh-TW": "不是有效的規則 ID（以「-」連接的小寫單字，例如 \"attachment-large\"）",
    "en-US": 'is not a valid rule id (lowercase words joined by "-", e.g. "attachment-large")',
  },
  required: { "zh-CN": "必须填写", "zh-TW": "必須填寫", "en-US": "is required" },
  minProperties: {
    "zh-CN": "至少要有其中一项：{fields}",
    "zh-TW": "至少要有其中一項：{fields}",
    "en-US": "must have at least one of: {fields}",
  },
  domain: {
    "zh-CN": "必须是小写域名，例如 \"example.cn\"",
    "zh-TW": "必須是小寫網域名稱，例如 \"example.cn\"",
    "en-US": 'must be a lowercase domain name such as "example.cn"',
  },
  extension: {
    "zh-CN": "必须是文件扩展名，例如 \"exe\" 或 \".exe\"（字母、数字、“-”和“_”）",
    "zh-TW": "必須是副檔名，例如 \"exe\" 或 \".exe\"（字母、數字、「-」和「_」）",
    "en-US": 'must be a file extension such as "exe" or ".exe" (letters, digits, "-" and "_")',
  },
  text: { "zh-CN": "必须是非空白的文字", "zh-TW": "必須是非空白的文字", "en-US": "must be a text that is not blank" },
  email: {
    "zh-CN": "必须是邮件地址，例如 \"it@example.cn\"",
    "zh-TW": "必須是郵件地址，例如 \"it@example.cn\"",
    "en-US": 'must be a mail address such as "it@example.cn"',
  },
  byteSize: {
    "zh-CN": "必须是大于 0 的整数字节数，例如 25 MB 写作 26214400",
    "zh-TW": "必須是大於 0 的整數位元組數，例如 25 MB 寫作 26214400",
    "en-US": "must be a whole number of bytes greater than 0, e.g. 26214400 for 25 MB",
  },
  httpsUrl: {
    "zh-CN": "必须是 https:// 地址，例如 \"https://drive.example.cn/\"",
    "zh-TW": "必須是 https:// 網址，例如 \"https://drive.example.cn/\"",
    "en-US": 'must be an https:// address, e.g. "https://drive.example.cn/"',
  },
  oneOf: { "zh-CN": "必须是以下之一：{values}", "zh-TW": "必須是下列之一：{values}", "en-US": "must be one of {values}" },
  type: { "zh-CN": "必须是{types}", "zh-TW": "必須是{types}", "en-US": "must be {types}" },
  minimum: { "zh-CN": "不能小于 {limit}", "zh-TW": "不能小於 {limit}", "en-US": "must be at least {limit}" },
  maximum: { "zh-CN": "不能大于 {limit}", "zh-TW": "不能大於 {limit}", "en-US": "must be at most {limit}" },
  exclusiveMinimum: { "zh-CN": "必须大于 {limit}", "zh-TW": "必須大於 {limit}", "en-US": "must be greater than {limit}" },
  // Length caps: a policy is small, and an overlong value is a mistake (or an attack on the validator).
  maxLength: { "zh-CN": "不能超过 {limit} 个字符", "zh-TW": "不能超過 {limit} 個字元", "en-US": "must be at most {limit} characters long" },
  maxItems: { "zh-CN": "最多只能有 {limit} 项", "zh-TW": "最多只能有 {limit} 項", "en-US": "must have at most {limit} entries" },
  schema: { "zh-CN": "不符合格式要求：{text}", "zh-TW": "不符合格式要求：{text}", "en-US": "{text}" },
  unreadable: { "zh-CN": "无法读取：{text}", "zh-TW": "無法讀取：{text}", "en-US": "could not be read: {text}" },
  notCompiled: {
    "zh-CN": "不是由“mail-preflight policy compile”生成的文件",
    "zh-TW": "不是由「mail-preflight policy compile」產生的檔案",
    "en-US": 'is not a file written by "mail-preflight policy compile"',
  },
  // JSON syntax: where the file stops being JSON (policy-json.ts finds the place).
  jsonComment: { "zh-CN": "JSON 中不能写注释", "zh-TW": "JSON 中不能寫註解", "en-US": "comments are not allowed in JSON" },
  jsonStringNotClosed: { "zh-CN": "这个字符串没有结束引号", "zh-TW": "這個字串沒有結束引號", "en-US": "this string is never closed" },
  jsonStringLineBreak: {
    "zh-CN": "这个字符串在本行没有结束（字符串内的换行请写作 \\n）",
    "zh-TW": "這個字串在本行沒有結束（字串內的換行請寫成 \\n）",
    "en-US": "this string is not closed on its line (write a line break inside it as \\n)",
  },
  jsonControlChar: {
    "zh-CN": "字符串中的控制字符必须转义",
    "zh-TW": "字串中的控制字元必須跳脫",
    "en-US": "a control character inside a string must be escaped",
  },
  jsonBadEscape: {
    "zh-CN": "字符串中有无效的转义（反斜杠请写作 \\\\）",
    "zh-TW": "字串中有無效的跳脫字元（反斜線請寫成 \\\\）",
    "en-US": "invalid escape in a string (write a backslash as \\\\)",
  },
  jsonTrailingComma: { "zh-CN": "请删除“{text}”前面的逗号", "zh-TW": "請刪除「{text}」前面的逗號", "en-US": 'remove the comma before "{text}"' },
  jsonExpectedKey: { "zh-CN": "这里应是用双引号括起的字段名", "zh-TW": "這裡應是以雙引號括住的欄位名稱", "en-US": "expected a field name in double quotes" },
  jsonExpectedColon: { "zh-CN": "字段名后面应是“:”", "zh-TW": "欄位名稱後面應是「:」", "en-US": 'expected ":" after the field name' },
  jsonExpectedComma: { "zh-CN": "这里应是“,”或“{text}”", "zh-TW": "這裡應是「,」或「{text}」", "en-US": 'expected "," or "{text}"' },
  jsonEndsBeforeClose: {
    "zh-CN": "文件在结束的“{text}”之前就结束了",
    "zh-TW": "檔案在結尾的「{text}」之前就結束了",
    "en-US": 'the file ends before the closing "{text}"',
  },
  jsonEndsBeforeValue: { "zh-CN": "文件在应有值的位置结束了", "zh-TW": "檔案在應有值的位置結束了", "en-US": "the file ends where a value is expected" },
  jsonUnexpectedQuote: {
    "zh-CN": "这里不能用单引号（JSON 字符串用双引号）",
    "zh-TW": "這裡不能用單引號（JSON 字串使用雙引號）",
    "en-US": "unexpected a single quote (JSON strings use double quotes) where a value is expected",
  },
  jsonUnexpectedChar: { "zh-CN": "这里应是一个值，却是 {text}", "zh-TW": "這裡應是一個值，卻是 {text}", "en-US": "unexpected {text} where a value is expected" },
  jsonTrailingText: { "zh-CN": "JSON 值结束后还有多余内容", "zh-TW": "JSON 值結束後還有多餘的內容", "en-US": "unexpected text after the end of the JSON value" },
  jsonRuntime: { "zh-CN": "{text}", "zh-TW": "{text}", "en-US": "{text}" },
} satisfies Record<string, LocalizedText>;

export type PolicyMessageCode = keyof typeof MESSAGES;
export const POLICY_MESSAGES: Readonly<Record<PolicyMessageCode, LocalizedText>> = MESSAGES;

/** The "is not valid JSON:" that leads every JSON syntax message. */
const NOT_JSON: LocalizedText = { "zh-CN": "不是有效的 JSON：", "zh-TW": "不是有效的 JSON：", "en-US": "is not valid JSON: " };

const TYPE_NAMES: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  "zh-CN": { string: "双引号括起的文字", integer: "整数", number: "数字", boolean: "true 或 false", array: "列表 [ … ]", object: "对象 { … }", null: "null" },
  "zh-TW": { string: "雙引號括住的文字", integer: "整數", number: "數字", boolean: "true 或 false", array: "清單 [ … ]", object: "物件 { … }", null: "null" },
  "en-US": {
    string: "a text in double quotes",
    integer: "a whole number",
    number: "a number",
    boolean: "true or false",
    array: "a list [ … ]",
    object: "an object { … }",
    null: "null",
  },
};

const OR: LocalizedText = { "zh-CN": "或", "zh-TW": "或", "en-US": " or " };

/** The sentence for `code` with `params`, in `locale`. */
export function policyMessage(code: PolicyMessageCode, params: PolicyMessageParams, locale: Locale): string {
  const types = (params.types ?? []).map((type) => TYPE_NAMES[locale][type] ?? type);
  const data = {
    guesses: (params.guesses ?? []).join(OR[locale]),
    fields: params.fields ?? [],
    values: params.values ?? [],
    types: types.join(OR[locale]),
    limit: params.limit ?? "",
    text: params.text ?? "",
  };
  const text = formatText(POLICY_MESSAGES[code][locale], data, listSeparator(locale));
  return code.startsWith("json") ? NOT_JSON[locale] + text : text;
}

/** A policy error's message in `locale`. */
export function policyErrorText(error: { readonly code: PolicyMessageCode; readonly params: PolicyMessageParams }, locale: Locale): string {
  return policyMessage(error.code, error.params, locale);
}

const WHOLE_FILE: LocalizedText = { "zh-CN": "策略文件", "zh-TW": "原則檔", "en-US": "the policy" };
const AT_LINE: LocalizedText = { "zh-CN": "第 {line} 行：", "zh-TW": "第 {line} 行：", "en-US": "line {line}: " };
const AT_LINE_COLUMN: LocalizedText = { "zh-CN": "第 {line} 行第 {column} 列：", "zh-TW": "第 {line} 行第 {column} 欄：", "en-US": "line {line}, column {column}: " };

/**
 * "line 3, column 5: " (or nothing), then the field or "the policy", then the space before the
 * message: the start of a CLI line. Chinese runs "策略文件" straight into its message.
 */
export function policyErrorPlace(error: { readonly path: string; readonly line?: number; readonly column?: number }, locale: Locale): string {
  const where =
    error.line === undefined ? "" : formatText((error.column === undefined ? AT_LINE : AT_LINE_COLUMN)[locale], { line: error.line, column: error.column ?? "" });
  if (error.path !== "") return `${where}${error.path} `;
  return `${where}${WHOLE_FILE[locale]}${locale === "en-US" ? " " : ""}`;
}
