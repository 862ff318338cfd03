import rule from "../../src/rules/content-sensitive-words";
import { DEFAULT_POLICY } from "../../src/engine/policy/defaults";
import type { EffectivePolicy } from "../../src/engine/policy/types";
import { ruleTester } from "../helpers/rule-tester";
import { makeSnapshot } from "../helpers/snapshot";

const words = (...sensitiveWords: string[]): EffectivePolicy => ({ ...DEFAULT_POLICY, sensitiveWords });
const policy = words("机密", "內部資料", "Project Falcon", "secret");

ruleTester(rule, {
  valid: [
    { name: "no words configured (the default)", message: makeSnapshot({ subject: "机密", body: { text: "secret" } }) },
    { name: "none of the words present", message: makeSnapshot({ subject: "周报", body: { text: "本周进展顺利" } }), policy },
    { name: "English words match whole words only", message: makeSnapshot({ body: { text: "Ask the secretary." } }), policy },
    { name: "only empty words configured", message: makeSnapshot({ subject: "x" }), policy: words("", " ") },
  ],
  invalid: [
    {
      name: "a word in the subject",
      message: makeSnapshot({ subject: "【机密】三季度计划" }),
      policy,
      findings: [{ messageId: "inSubject", data: { words: ["机密"] }, target: { kind: "subject" } }],
    },
    {
      name: "words in the body, NFKC and case folded, listed once each",
      message: makeSnapshot({ body: { text: "About PROJECT  falcon: it is a ＳＥＣＲＥＴ. project falcon again." } }),
      policy,
      findings: [{ messageId: "inBody", data: { words: ["Project Falcon", "secret"] } }],
    },
    {
      name: "both places, HTML body",
      message: makeSnapshot({ subject: "Secret plan", body: { html: "<p>附上<b>內部資料</b>，請勿外傳</p>" } }),
      policy,
      findings: [
        { messageId: "inSubject", data: { words: ["secret"] } },
        { messageId: "inBody", data: { words: ["內部資料"] }, target: { kind: "body", excerpt: "附上內部資料，請勿外傳" } },
      ],
    },
  ],
});
