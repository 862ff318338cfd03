import rule from "../../src/rules/subject-empty";
import { ruleTester } from "../helpers/rule-tester";
import { makeSnapshot } from "../helpers/snapshot";

ruleTester(rule, {
  valid: [
    { name: "a normal subject", message: makeSnapshot({ subject: "Q3 budget" }) },
    { name: "a Chinese subject", message: makeSnapshot({ subject: "季度报告" }) },
    { name: "a single character", message: makeSnapshot({ subject: "x" }) },
  ],
  invalid: [
    { name: "no subject", message: makeSnapshot({ subject: "" }), findings: [{ messageId: "empty", target: { kind: "subject" } }] },
    { name: "spaces and tabs only", message: makeSnapshot({ subject: " \t " }), findings: [{ messageId: "empty" }] },
    { name: "ideographic spaces only", message: makeSnapshot({ subject: "\u3000\u3000" }), findings: [{ messageId: "empty" }] },
  ],
});
