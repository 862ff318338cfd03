import type { Rule } from "../engine/rule";

/** A message with no subject is more likely to be filtered and easy to overlook (manual B §三(二)1). */
const rule: Rule<Record<string, never>> = {
  meta: {
    id: "subject-empty",
    category: "content",
    description: {
      "zh-CN": "邮件没有主题",
      "zh-TW": "郵件沒有主旨",
      "en-US": "The message has no subject",
    },
    messages: {
      empty: {
        "zh-CN": "邮件还没有主题。没有主题的邮件容易被忽略，也更容易被当作垃圾邮件。",
        "zh-TW": "郵件還沒有主旨。沒有主旨的郵件容易被忽略，也更容易被當成垃圾郵件。",
        "en-US": "The message has no subject. Mail without one is easy to overlook and more likely to be treated as spam.",
      },
    },
    defaultSeverity: "warn",
    defaultOptions: {},
    hasSuggestions: false,
    remedyId: "subject-empty",
  },
  check({ message }) {
    // Whitespace-only (including the ideographic space U+3000) counts as empty.
    if (message.subject.replace(/[\s\u3000]+/g, "") !== "") return [];
    return [{ messageId: "empty", data: {}, target: { kind: "subject" } }];
  },
};

export default rule;
