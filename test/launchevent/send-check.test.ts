/** What the handler tells Outlook for a report: lengths, languages, markdown, features. */
import { decide, decideOnFailure, MAX_CANCEL_LABEL, MAX_ERROR_MESSAGE, type SendFeatures } from "../../src/launchevent/send-check";
import { DEFAULT_POLICY } from "../../src/engine/policy/defaults";
import { LOCALES, type Finding, type Report } from "../../src/engine/rule";

const ALL: SendFeatures = { commands: true, markdown: true };
const NONE: SendFeatures = { commands: false, markdown: false };

const finding = (severity: Finding["severity"], name = "setup.exe"): Finding => ({
  ruleId: "attachment-blocked-type",
  messageId: "blocked",
  data: { name, extension: "exe" },
  target: { kind: "attachment", id: "a1", name },
  severity,
  category: "attachments",
  remedyId: "attachment-blocked-type",
});
const report = (findings: Finding[]): Report => ({ verdict: "block", findings, notChecked: [], timing: { totalMs: 0 } });

describe("decide", () => {
  it("blocks on block findings in the user's language", () => {
    const result = decide(report([finding("block")]), DEFAULT_POLICY.enforcement, "zh-CN", ALL);
    expect(result.allowEvent).toBe(false);
    expect(result.errorMessage).toMatch(/^发送前请先处理以下问题：\n• /);
    expect(result.cancelLabel).toBe("查看并修复");
    expect(decide(report([finding("block")]), DEFAULT_POLICY.enforcement, "zh-TW", ALL).cancelLabel).toBe("檢視並修正");
  });

  it("lets warnings through unless the policy blocks on warn", () => {
    expect(decide(report([finding("warn")]), DEFAULT_POLICY.enforcement, "en-US", ALL)).toEqual({ allowEvent: true });
    const strict = { ...DEFAULT_POLICY.enforcement, blockOn: "warn" as const };
    expect(decide(report([finding("warn")]), strict, "en-US", ALL).allowEvent).toBe(false);
  });

  it("does not prompt without sendModeOverride (before 1.14)", () => {
    const prompt = { ...DEFAULT_POLICY.enforcement, promptOnWarn: true };
    expect(decide(report([finding("warn")]), prompt, "en-US", NONE)).toEqual({ allowEvent: true });
  });

  it("stays within Outlook's limits with many long problems, dropping whole lines and counting them", () => {
    const many = Array.from({ length: 40 }, (_, i) => finding("block", `${"长".repeat(60)}-${i}.exe`));
    for (const locale of LOCALES) {
      const result = decide(report(many), DEFAULT_POLICY.enforcement, locale, ALL);
      expect(Array.from(result.errorMessage ?? "").length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE);
      expect(Array.from(result.errorMessageMarkdown ?? "").length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE);
      expect(Array.from(result.cancelLabel ?? "").length).toBeLessThanOrEqual(MAX_CANCEL_LABEL);
    }
    const en = decide(report(many.slice(0, 5)), DEFAULT_POLICY.enforcement, "en-US", ALL).errorMessage ?? "";
    expect(en).toMatch(/\d+ more in the Mail Preflight pane\.\nChoose Review/);
  });

  it("writes the dialog's Markdown as Microsoft documents it: each list item ends in \\r, paragraphs apart by \\n\\n", () => {
    const two = [finding("block", "a.exe"), finding("block", "b.exe")];
    const markdown = decide(report(two), DEFAULT_POLICY.enforcement, "en-US", ALL).errorMessageMarkdown ?? "";
    const [head, list, tail, ...rest] = markdown.split("\n\n");
    expect(rest).toEqual([]);
    expect(head).toBe("**Please fix these before sending:**");
    expect(list).toMatch(/^- [^\r\n]*a\.exe[^\r\n]*\r- [^\r\n]*b\.exe[^\r\n]*\r$/);
    expect(tail).toBe("Choose Review to open Mail Preflight and fix each one.");
    // With more problems than the dialog names, "n more" is a paragraph after the list.
    const five = decide(report(Array.from({ length: 5 }, (_, i) => finding("block", `${i}.exe`))), DEFAULT_POLICY.enforcement, "en-US", ALL);
    expect(five.errorMessageMarkdown).toMatch(/\r\n\n\d more in the Mail Preflight pane\.\n\nChoose Review/);
  });

  it("keeps a line break in a file name from ending its list item early", () => {
    const markdown = decide(report([finding("block", "a\r\n- b.exe")]), DEFAULT_POLICY.enforcement, "en-US", ALL).errorMessageMarkdown ?? "";
    expect(markdown.split("\r")).toHaveLength(2);
    // The name's line break is shown as tags (formatText's shownValue), never as a new line.
    expect(markdown).toContain("a\\[U+000D\\]\\[U+000A\\]- b.exe");
    expect(markdown).not.toMatch(/\n- b\.exe/);
  });

  it("keeps markdown characters in file names literal", () => {
    const result = decide(report([finding("block", "**urgent**_[x](y).exe")]), DEFAULT_POLICY.enforcement, "en-US", ALL);
    expect(result.errorMessageMarkdown).toContain("\\*\\*urgent\\*\\*\\_\\[x\\](y).exe");
    expect(result.errorMessage).toContain("**urgent**_[x](y).exe");
  });
});

describe("decideOnFailure", () => {
  it("sends when the policy fails open, and stops with a plain message when closed", () => {
    expect(decideOnFailure(DEFAULT_POLICY.enforcement, "en-US", ALL)).toEqual({ allowEvent: true });
    const closed = { ...DEFAULT_POLICY.enforcement, onError: "closed" as const };
    expect(decideOnFailure(closed, "zh-CN", NONE)).toEqual({ allowEvent: false, errorMessage: expect.stringContaining("发送前检查未能完成") });
    expect(decideOnFailure(closed, "en-US", ALL)).toMatchObject({ cancelLabel: "Review", commandId: "mpOpenPaneButton" });
  });
});
