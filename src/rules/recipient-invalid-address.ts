import type { LocalizedText, MessageData, Rule, RuleFinding, Suggestion } from "../engine/rule";
import type { Recipient } from "../engine/snapshot";
import { type AddressProblem, type AddressProblemKind, checkAddress, codePointLabel, trimAscii } from "../text/addresses/address";
import { repairAddress } from "../text/addresses/repair";

/**
 * An address no server will accept bounces at once or stops the send (manual A §一.6, B §三(二)1).
 * The usual cause is one character from a Chinese input method, so the message names it.
 */
const messages: Record<AddressProblemKind | "useFixed", LocalizedText> = {
  empty: {
    "zh-CN": "有一个收件人没有填写地址。",
    "zh-TW": "有一位收件者沒有填寫地址。",
    "en-US": "A recipient has no address.",
  },
  missingAt: {
    "zh-CN": "“{address}”里没有“@”，不是完整的邮件地址。",
    "zh-TW": "「{address}」裡沒有「@」，不是完整的郵件地址。",
    "en-US": "“{address}” has no “@”, so it is not a complete mail address.",
  },
  multipleAt: {
    "zh-CN": "“{address}”里有不止一个“@”，一个地址只能有一个。",
    "zh-TW": "「{address}」裡有不只一個「@」，一個地址只能有一個。",
    "en-US": "“{address}” has more than one “@”; an address has exactly one.",
  },
  emptyLocal: {
    "zh-CN": "“{address}”的“@”前面缺少用户名。",
    "zh-TW": "「{address}」的「@」前面缺少使用者名稱。",
    "en-US": "“{address}” has no user name before the “@”.",
  },
  emptyDomain: {
    "zh-CN": "“{address}”的“@”后面缺少域名。",
    "zh-TW": "「{address}」的「@」後面缺少網域名稱。",
    "en-US": "“{address}” has no domain after the “@”.",
  },
  fullWidth: {
    "zh-CN": "“{address}”的第 {position} 个字符“{char}”（{code}）是全角字符。邮件服务器只认半角字符，请切换到英文输入法后重新输入。",
    "zh-TW": "「{address}」的第 {position} 個字元「{char}」（{code}）是全形字元。郵件伺服器只接受半形字元，請切換到英文輸入法後重新輸入。",
    "en-US": "Character {position} of “{address}”, “{char}” ({code}), is full-width. Mail servers accept only the half-width form; retype it with an English keyboard layout.",
  },
  space: {
    "zh-CN": "“{address}”的第 {position} 个字符是空格（{code}），地址中不能有空格。",
    "zh-TW": "「{address}」的第 {position} 個字元是空格（{code}），地址中不能有空格。",
    "en-US": "Character {position} of “{address}” is a space ({code}); addresses cannot contain spaces.",
  },
  separator: {
    "zh-CN": "“{address}”里有中文标点“{char}”。Outlook 只把半角分号“;”当作地址之间的分隔符，这里可能把两个地址连成了一个。",
    "zh-TW": "「{address}」裡有中文標點「{char}」。Outlook 只把半形分號「;」當作地址之間的分隔符號，這裡可能把兩個地址連成了一個。",
    "en-US": "“{address}” contains the Chinese punctuation mark “{char}”. Outlook separates addresses only with a half-width “;”, so two addresses may have been joined into one.",
  },
  punctuation: {
    "zh-CN": "“{address}”的第 {position} 个字符“{char}”（{code}）是中文或全角标点，邮件地址里不能有。",
    "zh-TW": "「{address}」的第 {position} 個字元「{char}」（{code}）是中文或全形標點，郵件地址裡不能有。",
    "en-US": "Character {position} of “{address}”, “{char}” ({code}), is a Chinese or full-width punctuation mark, which an address cannot contain.",
  },
  invisible: {
    "zh-CN": "“{address}”的第 {position} 个字符是看不见的控制字符（{code}），多半是复制网页或聊天内容时带进来的。请删掉这个地址后手动重新输入。",
    "zh-TW": "「{address}」的第 {position} 個字元是看不見的控制字元（{code}），多半是複製網頁或聊天內容時帶進來的。請刪除這個地址後手動重新輸入。",
    "en-US": "Character {position} of “{address}” is an invisible control character ({code}), usually picked up when copying from a web page or a chat. Delete the address and type it again.",
  },
  invalidChar: {
    "zh-CN": "“{address}”的第 {position} 个字符“{char}”（{code}）不能出现在邮件地址的这个位置。",
    "zh-TW": "「{address}」的第 {position} 個字元「{char}」（{code}）不能出現在郵件地址的這個位置。",
    "en-US": "Character {position} of “{address}”, “{char}” ({code}), is not allowed at that place in a mail address.",
  },
  doubleDot: {
    "zh-CN": "“{address}”里有两个连在一起的点“..”。",
    "zh-TW": "「{address}」裡有兩個連在一起的點「..」。",
    "en-US": "“{address}” has two dots in a row (“..”).",
  },
  localDotAtEdge: {
    "zh-CN": "“{address}”的用户名部分不能以点开头或结尾。",
    "zh-TW": "「{address}」的使用者名稱部分不能以點開頭或結尾。",
    "en-US": "The user name in “{address}” cannot start or end with a dot.",
  },
  domainDotAtEdge: {
    "zh-CN": "“{address}”的域名部分不能以点开头或结尾。",
    "zh-TW": "「{address}」的網域部分不能以點開頭或結尾。",
    "en-US": "The domain in “{address}” cannot start or end with a dot.",
  },
  missingTld: {
    "zh-CN": "“{address}”的域名“{domain}”不完整，缺少“.com”“.cn”这类后缀。",
    "zh-TW": "「{address}」的網域「{domain}」不完整，缺少「.com」「.tw」這類後綴。",
    "en-US": "The domain “{domain}” in “{address}” is incomplete: it lacks an ending such as “.com” or “.cn”.",
  },
  badDomain: {
    "zh-CN": "“{address}”的域名“{domain}”不是有效的域名。",
    "zh-TW": "「{address}」的網域「{domain}」不是有效的網域名稱。",
    "en-US": "“{domain}” in “{address}” is not a valid domain name.",
  },
  tooLong: {
    "zh-CN": "“{address}”长 {length} 字节，超过了邮件地址 {limit} 字节的上限。",
    "zh-TW": "「{address}」長 {length} 位元組，超過了郵件地址 {limit} 位元組的上限。",
    "en-US": "“{address}” is {length} bytes long, over the {limit}-byte limit for a mail address.",
  },
  localTooLong: {
    "zh-CN": "“{address}”中“@”前面的部分长 {length} 字节，超过了 {limit} 字节的上限。",
    "zh-TW": "「{address}」中「@」前面的部分長 {length} 位元組，超過了 {limit} 位元組的上限。",
    "en-US": "The part of “{address}” before the “@” is {length} bytes long, over the {limit}-byte limit.",
  },
  useFixed: {
    "zh-CN": "改为 {replacement}",
    "zh-TW": "改為 {replacement}",
    "en-US": "Change to {replacement}",
  },
};

function dataFor(address: string, problem: AddressProblem): MessageData {
  const data: Record<string, string | number> = { address };
  if (problem.char !== undefined) {
    data.char = problem.char;
    data.code = codePointLabel(problem.char);
  }
  if (problem.position !== undefined) data.position = problem.position;
  if (problem.domain !== undefined) data.domain = problem.domain;
  if (problem.length !== undefined) data.length = problem.length;
  if (problem.limit !== undefined) data.limit = problem.limit;
  return data;
}

/**
 * The repaired address (full-width forms, a stray or doubled dot, a comma for a dot, "@@", spaces
 * next to "@" or "."), offered as a suggestion the user applies with a click; none when the
 * address has more than one reading (see repair.ts).
 */
function fixFor(recipient: Recipient): Suggestion[] | undefined {
  const replacement = repairAddress(recipient.address);
  if (replacement === undefined) return undefined;
  return [
    {
      messageId: "useFixed",
      data: { replacement },
      edit: { type: "replaceRecipient", field: recipient.field, address: recipient.address, replacement },
    },
  ];
}

const rule: Rule<Record<string, never>> = {
  meta: {
    id: "recipient-invalid-address",
    category: "recipients",
    description: {
      "zh-CN": "收件人地址格式不正确",
      "zh-TW": "收件者地址格式不正確",
      "en-US": "A recipient address is not a valid mail address",
    },
    messages,
    defaultSeverity: "block",
    defaultOptions: {},
    hasSuggestions: true,
    remedyId: "recipient-invalid-address",
  },
  check({ message }) {
    const findings: RuleFinding[] = [];
    for (const recipient of message.recipients) {
      // Outlook returns a personal contact group with an empty address (office-js #5439) and
      // expands it itself at send: nothing to check, and certainly nothing to block.
      if (recipient.recipientType === "distributionList" && trimAscii(recipient.address) === "") continue;
      const result = checkAddress(recipient.address);
      if (result.ok) continue;
      const suggestions = fixFor(recipient);
      findings.push({
        messageId: result.problem.kind,
        data: dataFor(trimAscii(recipient.address), result.problem),
        target: { kind: "recipient", address: recipient.address, field: recipient.field },
        ...(suggestions ? { suggestions } : {}),
      });
    }
    return findings;
  },
};

export default rule;
