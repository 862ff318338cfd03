import rule from "../../src/rules/attachment-large";
import { DEFAULT_POLICY } from "../../src/engine/policy/defaults";
import { ruleTester } from "../helpers/rule-tester";
import { file, makeSnapshot } from "../helpers/snapshot";

const MB = 1024 * 1024;
const report = file("年度报告.pdf", 9 * MB); // 12.3 MB on the wire

ruleTester(rule, {
  valid: [
    { name: "a small file", message: makeSnapshot({ attachments: [file("a.pdf", 2 * MB)] }) },
    // 7.3 MB raw is 9.99 MB encoded: under the 10 MB threshold.
    { name: "just under the threshold once encoded", message: makeSnapshot({ attachments: [file("a.pdf", 7.3 * MB)] }) },
    { name: "over the hard limit: attachment-too-large reports it", message: makeSnapshot({ attachments: [file("big.zip", 30 * MB)] }) },
    { name: "a cloud attachment", message: makeSnapshot({ attachments: [file("big.zip", 15 * MB, { kind: "cloud" })] }) },
    { name: "unknown size", message: makeSnapshot({ attachments: [file("x.msg", 0, { kind: "item" })] }) },
  ],
  invalid: [
    {
      name: "9 MB raw is over the 10 MB threshold when sent",
      message: makeSnapshot({ attachments: [report] }),
      findings: [
        {
          messageId: "large",
          data: { name: "年度报告.pdf", size: "9 MB", encoded: "12.3 MB", limit: "10 MB", limitBytes: 10 * MB },
          target: { kind: "attachment", id: report.id, name: "年度报告.pdf" },
          suggestions: [
            { messageId: "shareLink", edit: { type: "insertShareLink", attachmentId: report.id, name: "年度报告.pdf", size: 9 * MB } },
            { messageId: "remove", edit: { type: "removeAttachment", attachmentId: report.id, name: "年度报告.pdf" } },
          ],
        },
      ],
    },
    {
      name: "just under the hard limit",
      message: makeSnapshot({ attachments: [file("plans.pdf", 18 * MB)] }),
      findings: [{ messageId: "large", data: { encoded: "24.6 MB" } }],
    },
    {
      name: "a policy threshold of 5 MB",
      message: makeSnapshot({ attachments: [file("a.pdf", 4 * MB), file("b.pdf", 3 * MB)] }),
      policy: { ...DEFAULT_POLICY, limits: { ...DEFAULT_POLICY.limits, shareLinkThresholdBytes: 5 * MB } },
      findings: [{ messageId: "large", data: { name: "a.pdf", limit: "5 MB" } }],
    },
  ],
});
