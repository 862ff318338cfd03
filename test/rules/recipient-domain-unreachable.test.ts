import rule from "../../src/rules/recipient-domain-unreachable";
import { ruleTester } from "../helpers/rule-tester";
import { makeSnapshot, to } from "../helpers/snapshot";

const recipients = [to("a@dead.example"), to("b@ok.example", "cc"), to("c@Dead.Example", "bcc"), to("d@nomx.example"), to("e@gone.example")];

ruleTester(rule, {
  valid: [
    { name: "no checks gathered: the rule is opt-in and says nothing", message: makeSnapshot({ recipients }) },
    { name: "an empty list of checks", message: makeSnapshot({ recipients, domainChecks: [] }) },
    {
      name: "all reachable, or the look-up failed",
      message: makeSnapshot({
        recipients,
        domainChecks: [
          { domain: "dead.example", status: "ok" },
          { domain: "gone.example", status: "error" },
        ],
      }),
    },
    {
      name: "a bad domain nobody writes to",
      message: makeSnapshot({ recipients: [to("a@ok.example")], domainChecks: [{ domain: "dead.example", status: "not-found" }] }),
    },
  ],
  invalid: [
    {
      name: "one finding per bad domain, naming its recipients",
      message: makeSnapshot({
        recipients,
        domainChecks: [
          { domain: "dead.example", status: "null-mx" },
          { domain: "ok.example", status: "ok" },
          { domain: "NoMX.example.", status: "no-mail-host" },
          { domain: "gone.example", status: "not-found" },
        ],
      }),
      findings: [
        {
          messageId: "nullMx",
          data: { domain: "dead.example", addresses: ["a@dead.example", "c@Dead.Example"], count: 2 },
          target: { kind: "recipients", addresses: ["a@dead.example", "c@Dead.Example"] },
        },
        { messageId: "noMailHost", data: { domain: "nomx.example", addresses: ["d@nomx.example"] } },
        { messageId: "notFound", data: { domain: "gone.example", count: 1 } },
      ],
    },
  ],
});
