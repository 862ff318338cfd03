import rule from "../../src/rules/message-too-large";
import { DEFAULT_POLICY } from "../../src/engine/policy/defaults";
import { ruleTester } from "../helpers/rule-tester";
import { file, makeSnapshot } from "../helpers/snapshot";

const MB = 1024 * 1024;
const a = file("a.pdf", 10 * MB);
const b = file("b.pdf", 9 * MB);
const twentyMbLimit = { ...DEFAULT_POLICY, limits: { ...DEFAULT_POLICY.limits, messageMaxBytes: 20 * MB } };

ruleTester(rule, {
  valid: [
    { name: "an empty message", message: makeSnapshot() },
    { name: "two attachments that fit together", message: makeSnapshot({ attachments: [file("x.pdf", 8 * MB), file("y.pdf", 8 * MB)] }) },
    {
      name: "cloud attachments add nothing on the wire",
      message: makeSnapshot({ attachments: [file("x.pdf", 8 * MB), file("film.mp4", 2000 * MB, { kind: "cloud" })] }),
    },
    {
      name: "unknown sizes are never guessed into a block",
      message: makeSnapshot({
        attachments: [file("x.pdf", 8 * MB), file("image001.png", 0, { inline: true }), file("Re: hi", 0, { kind: "item" })],
        flags: { attachmentsIncomplete: true },
      }),
    },
    { name: "a long Chinese body", message: makeSnapshot({ body: { html: `<p>${"附件说明。".repeat(100_000)}</p>`, text: "附件说明。".repeat(100_000) } }) },
    // 8 MB of ASCII could be 24 MB if every character took 3 bytes: the exact count must decide.
    { name: "an 8 MB ASCII body with 8 MB attached", message: makeSnapshot({ body: { text: "a".repeat(8 * MB) }, attachments: [file("a.pdf", 8 * MB)] }) },
  ],
  invalid: [
    {
      name: "19 MB raw in two files is over 25 MB when sent",
      message: makeSnapshot({ attachments: [a, b] }),
      findings: [
        {
          messageId: "tooLarge",
          data: { encoded: "26 MB", limit: "25 MB", count: 2, unknown: 0 },
          target: { kind: "message" },
          suggestions: [{ messageId: "shareLink", edit: { type: "insertShareLink", attachmentId: a.id, name: "a.pdf", size: 10 * MB } }],
        },
      ],
    },
    {
      name: "the manual's 20 MB message limit",
      message: makeSnapshot({ attachments: [file("x.pdf", 8 * MB), file("y.pdf", 7 * MB)] }),
      policy: twentyMbLimit,
      findings: [{ messageId: "tooLarge", data: { size: "15 MB", limit: "20 MB" } }],
    },
    {
      name: "over the limit with sizes unknown: says 'at least'",
      message: makeSnapshot({ attachments: [a, b, file("image001.png", 0, { inline: true })] }),
      findings: [{ messageId: "tooLargeAtLeast", data: { count: 2, unknown: 1 } }],
    },
    {
      name: "over the limit while the adapter says attachments are incomplete",
      message: makeSnapshot({ attachments: [a, b], flags: { attachmentsIncomplete: true } }),
      findings: [{ messageId: "tooLargeAtLeast" }],
    },
    {
      name: "a body alone can be too large (pasted images as data: URIs)",
      message: makeSnapshot({ body: { html: `<img src="data:image/png;base64,${"A".repeat(21 * MB)}">` } }),
      policy: twentyMbLimit,
      findings: [{ messageId: "tooLarge", suggestions: [] }],
    },
    {
      name: "the share-link suggestion names the largest non-inline file",
      message: makeSnapshot({ attachments: [file("inline.png", 15 * MB, { inline: true }), b, file("c.pdf", 9.5 * MB)] }),
      findings: [{ messageId: "tooLarge", data: { count: 3 } }],
    },
  ],
});

it("suggests sharing the largest non-inline file", () => {
  const c = file("c.pdf", 9.5 * MB);
  const [finding] = rule.check({
    message: makeSnapshot({ attachments: [file("inline.png", 15 * MB, { inline: true }), b, c] }),
    policy: DEFAULT_POLICY,
    options: {},
  });
  expect(finding.suggestions?.[0].edit).toEqual({ type: "insertShareLink", attachmentId: c.id, name: "c.pdf", size: 9.5 * MB });
});
