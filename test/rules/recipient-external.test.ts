import rule from "../../src/rules/recipient-external";
import { DEFAULT_POLICY } from "../../src/engine/policy/defaults";
import type { EffectivePolicy } from "../../src/engine/policy/types";
import { ruleTester } from "../helpers/rule-tester";
import { makeSnapshot, to } from "../helpers/snapshot";

const CONTOSO: EffectivePolicy = { ...DEFAULT_POLICY, internalDomains: ["contoso.cn", "contoso.com"] };
const many = Array.from({ length: 12 }, (_, i) => `user${i}@fabrikam.com`);

ruleTester(rule, {
  valid: [
    { name: "all internal", message: makeSnapshot({ recipients: [to("a@contoso.cn"), to("b@contoso.com", "bcc")] }), policy: CONTOSO },
    { name: "subdomains are internal", message: makeSnapshot({ recipients: [to("a@sh.contoso.cn")] }), policy: CONTOSO },
    { name: "internal domains compare case-insensitively", message: makeSnapshot({ recipients: [to("a@Contoso.CN")] }), policy: CONTOSO },
    { name: "no internal domains and no sender: nothing to compare with", message: makeSnapshot({ recipients: [to("a@fabrikam.com")] }) },
    {
      name: "a consumer sender domain is not taken for the company",
      message: makeSnapshot({ sender: { address: "me@qq.com", displayName: "" }, recipients: [to("a@fabrikam.com")] }),
    },
    { name: "addresses without a domain are left to recipient-invalid-address", message: makeSnapshot({ recipients: [to("nobody")] }), policy: CONTOSO },
  ],
  invalid: [
    {
      name: "names the outsiders, once each",
      message: makeSnapshot({
        recipients: [to("a@contoso.cn"), to("x@fabrikam.com"), to("y@qq.com", "cc"), to("X@fabrikam.com", "bcc"), to("b@notcontoso.cn", "bcc")],
      }),
      policy: CONTOSO,
      findings: [
        {
          messageId: "external",
          data: { count: 3, addresses: ["x@fabrikam.com", "y@qq.com", "b@notcontoso.cn"] },
          target: { kind: "recipients", addresses: ["x@fabrikam.com", "y@qq.com", "b@notcontoso.cn"] },
        },
      ],
    },
    {
      name: "infers the company from the sender when the policy has no internal domains",
      message: makeSnapshot({ sender: { address: "me@contoso.cn", displayName: "" }, recipients: [to("a@contoso.cn"), to("b@fabrikam.com")] }),
      findings: [{ messageId: "external", data: { count: 1, addresses: ["b@fabrikam.com"] } }],
    },
    {
      name: "shows ten and an ellipsis, but counts and targets all",
      message: makeSnapshot({ recipients: many.map((a) => to(a, "bcc")) }),
      policy: CONTOSO,
      findings: [
        {
          messageId: "external",
          data: { count: 12, addresses: [...many.slice(0, 10), "…"] },
          target: { kind: "recipients", addresses: many },
        },
      ],
    },
  ],
});
