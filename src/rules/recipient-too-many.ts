import type { Rule } from "../engine/rule";

/**
 * More recipients than the provider accepts in one message: the whole send is refused, and a
 * big blast looks like spam. Gmail and several Chinese providers cap a message at 500 recipients
 * (manual D §2); the manual's fix is to split the mailing into batches (B §三(二)1).
 */
const rule: Rule<Record<string, never>> = {
  meta: {
    id: "recipient-too-many",
    category: "recipients",
    description: {
      "zh-CN": "收件人数量超过上限",
      "zh-TW": "收件者數量超過上限",
      "en-US": "More recipients than the limit",
    },
    messages: {
      tooMany: {
        "zh-CN": "这封邮件共有 {count} 个收件人（含抄送和密件抄送），超过了 {limit} 个的上限，邮件服务器会拒收。请分成几批发送。",
        "zh-TW": "這封郵件共有 {count} 位收件者（含副本和密件副本），超過了 {limit} 位的上限，郵件伺服器會拒收。請分成幾批寄送。",
        "en-US": "This message has {count} recipients (To, Cc and Bcc together), over the limit of {limit}; the mail server will refuse it. Send it in several batches.",
      },
      tooManyAtLeast: {
        "zh-CN": "这封邮件至少有 {count} 个收件人（Outlook 没有列出全部），超过了 {limit} 个的上限，邮件服务器会拒收。请分成几批发送。",
        "zh-TW": "這封郵件至少有 {count} 位收件者（Outlook 沒有列出全部），超過了 {limit} 位的上限，郵件伺服器會拒收。請分成幾批寄送。",
        "en-US": "This message has at least {count} recipients (Outlook did not list them all), over the limit of {limit}; the mail server will refuse it. Send it in several batches.",
      },
    },
    defaultSeverity: "block",
    defaultOptions: {},
    hasSuggestions: false,
    remedyId: "recipient-too-many",
  },
  check({ message, policy }) {
    // Servers count every RCPT TO, so every entry counts, duplicates included (a distribution
    // list counts once: the server expands it after the limit is checked).
    const count = message.recipients.length;
    const limit = policy.limits.maxRecipients;
    if (count <= limit) return [];
    return [
      {
        messageId: message.flags.recipientsIncomplete ? "tooManyAtLeast" : "tooMany",
        data: { count, limit },
        target: { kind: "message" },
      },
    ];
  },
};

export default rule;
