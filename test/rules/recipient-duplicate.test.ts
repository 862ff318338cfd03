import rule from "../../src/rules/recipient-duplicate";
import { ruleTester } from "../helpers/rule-tester";
import { makeSnapshot, to } from "../helpers/snapshot";

ruleTester(rule, {
  valid: [
    { name: "all different", message: makeSnapshot({ recipients: [to("a@qq.com"), to("b@qq.com", "cc"), to("c@qq.com", "bcc")] }) },
    { name: "same user name at different domains", message: makeSnapshot({ recipients: [to("a@qq.com"), to("a@163.com")] }) },
    { name: "empty addresses are not duplicates of each other", message: makeSnapshot({ recipients: [to(""), to("", "cc")] }) },
    { name: "no recipients", message: makeSnapshot() },
  ],
  invalid: [
    {
      name: "To and Cc: the Cc copy is flagged",
      message: makeSnapshot({ recipients: [to("li@contoso.cn"), to("li@contoso.cn", "cc")] }),
      findings: [
        {
          messageId: "duplicate",
          data: { address: "li@contoso.cn", count: 2 },
          target: { kind: "recipient", address: "li@contoso.cn", field: "cc" },
          suggestions: [{ messageId: "removeFromCc", edit: { type: "removeRecipient", field: "cc", address: "li@contoso.cn" } }],
        },
      ],
    },
    {
      name: "case and surrounding spaces do not hide a duplicate",
      message: makeSnapshot({ recipients: [to("Li@Contoso.CN", "cc"), to(" li@contoso.cn ", "bcc")] }),
      findings: [
        {
          messageId: "duplicate",
          data: { address: "li@contoso.cn" },
          suggestions: [{ messageId: "removeFromBcc", edit: { type: "removeRecipient", field: "bcc", address: " li@contoso.cn " } }],
        },
      ],
    },
    {
      name: "twice in To",
      message: makeSnapshot({ recipients: [to("a@qq.com"), to("a@qq.com")] }),
      findings: [{ messageId: "duplicate", suggestions: [{ messageId: "removeFromTo", edit: { type: "removeRecipient", field: "to", address: "a@qq.com" } }] }],
    },
    {
      name: "three times: both later copies, each with the total",
      message: makeSnapshot({ recipients: [to("a@qq.com", "bcc"), to("b@qq.com"), to("A@qq.com", "cc"), to("a@qq.com")] }),
      findings: [
        { messageId: "duplicate", data: { count: 3 }, target: { kind: "recipient", address: "A@qq.com", field: "cc" } },
        { messageId: "duplicate", data: { count: 3 }, target: { kind: "recipient", address: "a@qq.com", field: "to" } },
      ],
    },
  ],
});
