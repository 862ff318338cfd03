import rule from "../../src/rules/recipient-exposed-list";
import { DEFAULT_POLICY } from "../../src/engine/policy/defaults";
import type { EffectivePolicy } from "../../src/engine/policy/types";
import type { Recipient, RecipientField } from "../../src/engine/snapshot";
import { ruleTester } from "../helpers/rule-tester";
import { makeSnapshot, to } from "../helpers/snapshot";

const CONTOSO: EffectivePolicy = { ...DEFAULT_POLICY, internalDomains: ["contoso.cn"] };
const outsiders = (n: number, field: RecipientField = "to", from = 0): Recipient[] =>
  Array.from({ length: n }, (_, i) => to(`c${from + i}@customer${from + i}.com`, field));
const addressesOf = (rs: Recipient[]) => rs.map((r) => r.address);

const ten = outsiders(10);
const mixed = [...outsiders(6, "to"), to("me@contoso.cn"), ...outsiders(5, "cc", 6), ...outsiders(20, "bcc", 11)];

ruleTester(rule, {
  valid: [
    { name: "nine visible outsiders", message: makeSnapshot({ recipients: outsiders(9) }), policy: CONTOSO },
    { name: "many outsiders, all in Bcc", message: makeSnapshot({ recipients: outsiders(50, "bcc") }), policy: CONTOSO },
    {
      name: "many colleagues in To",
      message: makeSnapshot({ recipients: Array.from({ length: 30 }, (_, i) => to(`u${i}@contoso.cn`)) }),
      policy: CONTOSO,
    },
    { name: "a duplicate does not count twice", message: makeSnapshot({ recipients: [...outsiders(9), to("C0@customer0.com", "cc")] }), policy: CONTOSO },
    { name: "a raised threshold", message: makeSnapshot({ recipients: outsiders(15) }), policy: CONTOSO, options: { threshold: 20 } },
    { name: "no recipients", message: makeSnapshot() },
  ],
  invalid: [
    {
      name: "ten visible outsiders: move them to Bcc",
      message: makeSnapshot({ recipients: ten }),
      policy: CONTOSO,
      findings: [
        {
          messageId: "exposed",
          data: { count: 10, threshold: 10 },
          target: { kind: "recipients", addresses: addressesOf(ten) },
          suggestions: [{ messageId: "moveToBcc", edit: { type: "moveRecipientsToBcc", addresses: addressesOf(ten) } }],
        },
      ],
    },
    {
      name: "counts To and Cc, leaves colleagues and Bcc alone",
      message: makeSnapshot({ recipients: mixed }),
      policy: CONTOSO,
      findings: [
        {
          messageId: "exposed",
          data: { count: 11 },
          suggestions: [
            { messageId: "moveToBcc", edit: { type: "moveRecipientsToBcc", addresses: addressesOf(mixed.filter((r) => r.field !== "bcc" && !r.address.endsWith("contoso.cn"))) } },
          ],
        },
      ],
    },
    {
      name: "without any internal domain every visible address counts",
      message: makeSnapshot({ recipients: outsiders(12, "cc") }),
      findings: [{ messageId: "exposed", data: { count: 12 } }],
    },
    {
      name: "the sender's domain stands in for the internal domains",
      message: makeSnapshot({ sender: { address: "me@customer0.com", displayName: "" }, recipients: outsiders(11) }),
      findings: [{ messageId: "exposed", data: { count: 10 } }],
    },
    {
      name: "a lower threshold",
      message: makeSnapshot({ recipients: outsiders(3) }),
      policy: CONTOSO,
      options: { threshold: 3 },
      findings: [{ messageId: "exposed", data: { count: 3, threshold: 3 } }],
    },
  ],
});
