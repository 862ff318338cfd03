import rule from "../../src/rules/attachment-too-large";
import { DEFAULT_POLICY } from "../../src/engine/policy/defaults";
import { ruleTester } from "../helpers/rule-tester";
import { file, makeSnapshot } from "../helpers/snapshot";

const MB = 1024 * 1024;
// 25 MB encoded ≈ 18.269 MB raw: the largest raw size that still fits.
const video = file("site-visit.mp4", 20 * MB);
const justUnder = file("plans.pdf", Math.floor(18.26 * MB));
const justOver = file("plans-v2.pdf", Math.floor(18.28 * MB));
const movie = file("Re: footage", 30 * MB, { kind: "item" });

ruleTester(rule, {
  valid: [
    { name: "no attachments", message: makeSnapshot() },
    { name: "a small file", message: makeSnapshot({ attachments: [file("a.pdf", 2 * MB)] }) },
    { name: "a file that fits once encoded", message: makeSnapshot({ attachments: [justUnder] }) },
    { name: "a huge cloud attachment (a link)", message: makeSnapshot({ attachments: [file("raw.mov", 900 * MB, { kind: "cloud" })] }) },
    { name: "an inline image of unknown size", message: makeSnapshot({ attachments: [file("image001.png", 0, { inline: true })] }) },
    {
      name: "a raised limit",
      message: makeSnapshot({ attachments: [video] }),
      policy: { ...DEFAULT_POLICY, limits: { ...DEFAULT_POLICY.limits, attachmentMaxBytes: 150 * MB } },
    },
  ],
  invalid: [
    {
      name: "20 MB raw is 27.4 MB on the wire",
      message: makeSnapshot({ attachments: [video] }),
      findings: [
        {
          messageId: "tooLarge",
          data: { name: "site-visit.mp4", size: "20 MB", encoded: "27.4 MB", limit: "25 MB", sizeBytes: 20 * MB, limitBytes: 25 * MB },
          target: { kind: "attachment", id: video.id, name: "site-visit.mp4" },
          suggestions: [
            { messageId: "shareLink", edit: { type: "insertShareLink", attachmentId: video.id, name: "site-visit.mp4", size: 20 * MB } },
            { messageId: "remove", edit: { type: "removeAttachment", attachmentId: video.id, name: "site-visit.mp4" } },
          ],
        },
      ],
    },
    {
      name: "just over once encoded: decimals added so the sizes differ",
      message: makeSnapshot({ attachments: [justOver] }),
      findings: [{ messageId: "tooLarge", data: { encoded: "25.01 MB", limit: "25 MB" } }],
    },
    {
      name: "an attached item is counted as is and can only be removed",
      message: makeSnapshot({ attachments: [movie] }),
      findings: [
        {
          messageId: "tooLarge",
          data: { encoded: "30 MB" },
          suggestions: [{ messageId: "remove", edit: { type: "removeAttachment", attachmentId: movie.id, name: "Re: footage" } }],
        },
      ],
    },
    {
      name: "each oversized file is reported, inline ones too",
      message: makeSnapshot({ attachments: [file("a.iso", 40 * MB), file("b.png", 1 * MB), file("c.bmp", 30 * MB, { inline: true })] }),
      findings: [{ messageId: "tooLarge", data: { name: "a.iso" } }, { messageId: "tooLarge", data: { name: "c.bmp" } }],
    },
    {
      name: "a lower policy limit (POP/IMAP Outlook: 20 MB)",
      message: makeSnapshot({ attachments: [file("deck.pptx", 16 * MB)] }),
      policy: { ...DEFAULT_POLICY, limits: { ...DEFAULT_POLICY.limits, attachmentMaxBytes: 20 * MB } },
      findings: [{ messageId: "tooLarge", data: { size: "16 MB", encoded: "21.9 MB", limit: "20 MB" } }],
    },
  ],
});
