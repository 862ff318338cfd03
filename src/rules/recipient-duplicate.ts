import type { Rule, RuleFinding } from "../engine/rule";
import type { RecipientField } from "../engine/snapshot";
import { normalizeAddress, trimAscii } from "../text/addresses/address";

/**
 * The same mailbox listed twice (To and Cc, or twice in one field). Harmless for delivery, but
 * it is usually a sign the list was pasted together carelessly, and a Bcc copy of a visible
 * address hides nothing. The first occurrence stays; each later one gets a "remove" button.
 */

const REMOVE_LABEL: Record<RecipientField, string> = { to: "removeFromTo", cc: "removeFromCc", bcc: "removeFromBcc" };

const rule: Rule<Record<string, never>> = {
  meta: {
    id: "recipient-duplicate",
    category: "recipients",
    description: {
      "zh-CN": "同一个收件人出现了多次",
      "zh-TW": "同一位收件者出現了多次",
      "en-US": "The same recipient is listed more than once",
    },
    messages: {
      duplicate: {
        "zh-CN": "“{address}”在收件人、抄送、密件抄送中一共出现了 {count} 次，只需保留一次。",
        "zh-TW": "「{address}」在收件者、副本、密件副本中一共出現了 {count} 次，只需保留一次。",
        "en-US": "“{address}” appears {count} times across To, Cc and Bcc; once is enough.",
      },
      removeFromTo: {
        "zh-CN": "从收件人中删除这一个",
        "zh-TW": "從收件者中刪除這一個",
        "en-US": "Remove this one from To",
      },
      removeFromCc: {
        "zh-CN": "从抄送中删除这一个",
        "zh-TW": "從副本中刪除這一個",
        "en-US": "Remove this one from Cc",
      },
      removeFromBcc: {
        "zh-CN": "从密件抄送中删除这一个",
        "zh-TW": "從密件副本中刪除這一個",
        "en-US": "Remove this one from Bcc",
      },
    },
    defaultSeverity: "info",
    defaultOptions: {},
    hasSuggestions: true,
    remedyId: "recipient-duplicate",
  },
  check({ message }) {
    // One pass to count, one to report: O(n) with a Map, whatever the list size.
    const counts = new Map<string, number>();
    for (const r of message.recipients) {
      const key = normalizeAddress(r.address);
      if (key !== "") counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const seen = new Set<string>();
    const findings: RuleFinding[] = [];
    for (const r of message.recipients) {
      const key = normalizeAddress(r.address);
      if (key === "") continue;
      if (!seen.has(key)) {
        seen.add(key);
        continue;
      }
      findings.push({
        messageId: "duplicate",
        data: { address: trimAscii(r.address), count: counts.get(key) ?? 2 },
        target: { kind: "recipient", address: r.address, field: r.field },
        suggestions: [
          { messageId: REMOVE_LABEL[r.field], edit: { type: "removeRecipient", field: r.field, address: r.address } },
        ],
      });
    }
    return findings;
  },
};

export default rule;
