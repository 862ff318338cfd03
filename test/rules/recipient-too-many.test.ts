import rule from "../../src/rules/recipient-too-many";
import { DEFAULT_POLICY } from "../../src/engine/policy/defaults";
import type { EffectivePolicy } from "../../src/engine/policy/types";
import type { Recipient } from "../../src/engine/snapshot";
import { ruleTester } from "../helpers/rule-tester";
import { makeSnapshot, to } from "../helpers/snapshot";

const FIELDS = ["to", "cc", "bcc"] as const;
const people = (n: number): Recipient[] => Array.from({ length: n }, (_, i) => to(`user${i}@example.com`, FIELDS[i % 3]));
const limit = (maxRecipients: number): EffectivePolicy => ({ ...DEFAULT_POLICY, limits: { ...DEFAULT_POLICY.limits, maxRecipients } });

ruleTester(rule, {
  valid: [
    { name: "a few recipients", message: makeSnapshot({ recipients: people(3) }) },
    { name: "exactly the default limit of 500", message: makeSnapshot({ recipients: people(500) }) },
    { name: "a raised limit", message: makeSnapshot({ recipients: people(800) }), policy: limit(1000) },
    { name: "no recipients", message: makeSnapshot() },
  ],
  invalid: [
    {
      name: "501 across To, Cc and Bcc",
      message: makeSnapshot({ recipients: people(501) }),
      findings: [{ messageId: "tooMany", data: { count: 501, limit: 500 }, target: { kind: "message" } }],
    },
    {
      name: "a lower policy limit",
      message: makeSnapshot({ recipients: people(51) }),
      policy: limit(50),
      findings: [{ messageId: "tooMany", data: { count: 51, limit: 50 } }],
    },
    {
      name: "Outlook listed only part of them: says at least",
      message: makeSnapshot({ recipients: people(600), flags: { recipientsIncomplete: true } }),
      findings: [{ messageId: "tooManyAtLeast", data: { count: 600, limit: 500 } }],
    },
    {
      name: "duplicates count, as servers count every RCPT",
      message: makeSnapshot({ recipients: [to("a@x.com"), to("a@x.com", "cc"), to("a@x.com", "bcc")] }),
      policy: limit(2),
      findings: [{ messageId: "tooMany", data: { count: 3, limit: 2 } }],
    },
  ],
});
