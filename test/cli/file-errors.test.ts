import { localizeFileError } from "../../src/cli/file-errors";
import { runCli } from "../../src/cli/program";
import { memoryIO } from "./memory-io";

describe("localizeFileError", () => {
  it.each([
    ["empty file", "zh-CN", "空文件"],
    ["file is 210 MB, over the 200 MB limit; not read", "zh-TW", "檔案大小 210 MB，超過 200 MB 的上限，未讀取"],
    ["cannot read: no such file or directory", "zh-CN", "无法读取：文件或文件夹不存在"],
    ["cannot read folder: permission denied", "zh-TW", "無法讀取資料夾：沒有權限"],
    ["could not parse the message: Maximum header size exceeded", "zh-CN", "无法解析邮件：Maximum header size exceeded"],
    ["not a mail message: an Outlook item of class IPM.Appointment", "zh-TW", "不是郵件：這是類別為 IPM.Appointment 的 Outlook 項目"],
    ["not an Outlook .pst/.ost file (it does not start with the !BDN signature)", "zh-CN", "不是 Outlook .pst/.ost 文件（开头没有 !BDN 标记）"],
    ["message could not be read: Unable to find node: 9636", "zh-TW", "無法讀取這封郵件：Unable to find node: 9636"],
    ["no messages in this Outlook data file", "zh-CN", "这个 Outlook 数据文件里没有邮件"],
    ["something new", "zh-CN", "something new"],
    ["empty file", "en-US", "empty file"],
  ] as const)("%s (%s)", (error, locale, expected) => {
    expect(localizeFileError(error, locale)).toBe(expected);
  });

  it("localizes the text report, and keeps JSON's errors as they are", async () => {
    const io = memoryIO({ "e.eml": "" });
    await runCli(["check", "--locale", "zh-CN", "e.eml", "missing.eml"], io);
    expect(io.out()).toContain("e.eml: 出错  空文件");
    expect(io.out()).toContain("missing.eml: 出错  无法读取：文件或文件夹不存在");
    const json = memoryIO({ "e.eml": "" });
    await runCli(["check", "--format", "json", "--locale", "zh-CN", "e.eml"], json);
    expect(JSON.parse(json.out()).results[0].error).toBe("empty file");
  });
});
