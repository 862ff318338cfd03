/**
 * What the pane, the CLI and the report say for a finding or a "not checked" line whose reason
 * came from a reader in English: the reason in the reader's language. And no renderer but the
 * Send handler (whose findings carry no such reason) goes around describe.ts.
 */
import fs from "node:fs";
import path from "node:path";
import { describeFinding } from "../../src/check/describe";
import { describeNotChecked } from "../../src/check/not-checked";
import type { Finding } from "../../src/engine/rule";
import { RULES } from "../../src/rules";

const SRC = path.resolve(__dirname, "../../src");

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

const unreadable: Finding = {
  ruleId: "attachment-archive-unscannable",
  messageId: "unlisted",
  severity: "warn",
  category: "attachments",
  remedyId: "attachment-archive-unscannable",
  data: { name: "报价.7z", reason: "damaged archive (Headers Error)" },
  target: { kind: "attachment", id: "a1", name: "报价.7z" },
};

describe("describeFinding and describeNotChecked", () => {
  it("give a reader's reason in Chinese in a Chinese sentence, and as written in English", () => {
    expect(describeFinding(unreadable, RULES, "zh-CN")).toContain("无法打开压缩包 报价.7z（文件已损坏或不完整）");
    expect(describeFinding(unreadable, RULES, "zh-TW")).toContain("（檔案已損毀或不完整）");
    expect(describeFinding(unreadable, RULES, "en-US")).toContain("(damaged archive (Headers Error))");
    const part = { kind: "attachmentUnread", data: { name: "big.zip", reason: "archive is 30 MB, over the 25 MB listing limit" } };
    expect(describeNotChecked(part, "zh-CN")).toBe("附件 big.zip 的内容未能读取（压缩包有 30 MB，超过 25 MB 的检查上限），未检查其中的文件。");
  });

  it("are what every renderer outside the Send handler uses", () => {
    const around = sources(SRC)
      .filter((file) => !file.includes(`${path.sep}launchevent${path.sep}`) && !file.endsWith(path.join("check", "describe.ts")) && !file.endsWith(path.join("check", "not-checked.ts")) && !file.endsWith(path.join("engine", "messages.ts")))
      .filter((file) => /findingMessage\(|NOT_CHECKED_MESSAGES\[[^\]]+\][^;]*part\.data\)/.test(fs.readFileSync(file, "utf8")))
      .map((file) => path.relative(SRC, file));
    expect(around).toEqual([]);
  });
});
