import type { Rule, RuleFinding } from "../engine/rule";
import type { Attachment } from "../engine/snapshot";
import { formatByName, isListedArchive, RISKY_ARCHIVE_FORMATS } from "../archive/formats";
import { listingGaps, NESTING_SEPARATOR } from "../archive/walk";
import { visibleName } from "../engine/shown";
import { REMOVE_ATTACHMENT, SHARE_AS_LINK } from "./shared/attachment-fixes";

export interface Options {
  /** Report archives that could not be listed, or only in part (damaged, unknown variant, over a cap). */
  readonly reportUnlisted: boolean;
  /** Report archive formats the big filters refuse or cannot unpack (.arj, .lzh, .ace, .xz, .z). */
  readonly reportRiskyFormats: boolean;
}

/**
 * An archive neither this check nor the recipient's filter can look into: one that could not be
 * listed (the report's "not checked" line says so too; this makes it a warning the sender sees),
 * or one in a format the big filters distrust. Microsoft 365's default attachment filter refuses
 * .ace, .arj, .lha/.lzh, .xz and .z outright, whatever they hold, and most gateway scanners do
 * not unpack them; malware campaigns use them for exactly that reason. A password-protected
 * archive, even one that hides its names, is attachment-archive-encrypted's finding, not this one.
 */
const rule: Rule<Options> = {
  meta: {
    id: "attachment-archive-unscannable",
    category: "attachments",
    description: {
      "zh-CN": "无法检查内容的压缩包（打不开，或是过滤器不信任的格式）",
      "zh-TW": "無法檢查內容的壓縮檔（打不開，或是過濾器不信任的格式）",
      "en-US": "An archive whose contents cannot be checked (unreadable, or a format filters distrust)",
    },
    messages: {
      riskyFormat: {
        "zh-CN": "{name} 是 .{ext} 格式的压缩包：Microsoft 365 默认直接拒收这种格式，多数邮件过滤也无法打开检查。请改用 .zip。",
        "zh-TW": "{name} 是 .{ext} 格式的壓縮檔：Microsoft 365 預設直接拒收這種格式，多數郵件過濾也無法打開檢查。請改用 .zip。",
        "en-US": "{name} is a .{ext} archive: Microsoft 365 refuses this format by default, and most mail filters cannot open it to check. Use .zip instead.",
      },
      unlisted: {
        "zh-CN": "无法打开压缩包 {name}（{reason}），其中的文件没有检查。邮件过滤通常也会拦下无法检查的压缩包。",
        "zh-TW": "無法打開壓縮檔 {name}（{reason}），其中的檔案沒有檢查。郵件過濾通常也會攔下無法檢查的壓縮檔。",
        "en-US": "{name} could not be opened ({reason}), so the files in it were not checked. Mail filters often stop archives they cannot look into, too.",
      },
      unlistedNested: {
        "zh-CN": "压缩包 {name} 里的 {where} 无法打开（{reason}），其中的文件没有检查。邮件过滤通常也会拦下无法检查的压缩包。",
        "zh-TW": "壓縮檔 {name} 裡的 {where} 無法打開（{reason}），其中的檔案沒有檢查。郵件過濾通常也會攔下無法檢查的壓縮檔。",
        "en-US": "{where} inside {name} could not be opened ({reason}), so the files in it were not checked. Mail filters often stop archives they cannot look into, too.",
      },
      unread: {
        "zh-CN": "压缩包 {name} 的内容未能读取（{reason}），其中的文件没有检查。邮件过滤通常也会拦下无法检查的压缩包。",
        "zh-TW": "壓縮檔 {name} 的內容無法讀取（{reason}），其中的檔案沒有檢查。郵件過濾通常也會攔下無法檢查的壓縮檔。",
        "en-US": "The content of {name} could not be read ({reason}), so the files in it were not checked. Mail filters often stop archives they cannot look into, too.",
      },
      truncated: {
        "zh-CN": "压缩包 {name} 只检查了一部分（文件太多、嵌套太深或需要解压的内容太大），其余文件没有检查。",
        "zh-TW": "壓縮檔 {name} 只檢查了一部分（檔案太多、巢狀太深或需要解壓縮的內容太大），其餘檔案沒有檢查。",
        "en-US": "Only part of {name} was checked (too many files, nested too deep, or too much to unpack); the rest was not.",
      },
      remove: REMOVE_ATTACHMENT,
      shareLink: SHARE_AS_LINK,
    },
    defaultSeverity: "warn",
    defaultOptions: { reportUnlisted: true, reportRiskyFormats: true },
    optionsSchema: {
      reportUnlisted: { type: "boolean", description: "Report archives that could not be listed, or only in part." },
      reportRiskyFormats: { type: "boolean", description: "Report archive formats mail filters refuse or cannot open (.arj, .lzh, .ace, .xz, .z)." },
    },
    hasSuggestions: true,
    needs: ["archive"],
    remedyId: "attachment-archive-unscannable",
  },
  check({ message, options }) {
    const findings: RuleFinding[] = [];
    for (const attachment of message.attachments) {
      if (attachment.kind !== "file") continue;
      const finding = findingFor(attachment, options);
      if (finding) findings.push(finding);
    }
    return findings;
  },
};

function findingFor(attachment: Attachment, options: Options): RuleFinding | undefined {
  const name = visibleName(attachment.name);
  const target = { kind: "attachment", id: attachment.id, name } as const;
  const suggestions = [
    { messageId: "remove", data: { name }, edit: { type: "removeAttachment", attachmentId: attachment.id, name } },
    { messageId: "shareLink", data: { name }, edit: { type: "insertShareLink", attachmentId: attachment.id, name, size: attachment.size } },
  ] as const;
  const listing = attachment.archive;
  // The format the bytes showed, else the one the name announces (for an archive not read).
  const format = listing && listing.format !== "unknown" ? listing.format : formatByName(attachment.name);
  if (options.reportRiskyFormats && format !== undefined && RISKY_ARCHIVE_FORMATS.has(format)) {
    // The name's own extension when it tells the truth (.lha, .ARJ), else the real format's.
    const named = /\.([^.]+)$/.exec(attachment.name.trim())?.[1]?.toLowerCase();
    const ext = named !== undefined && formatByName(attachment.name) === format ? named : format;
    return { messageId: "riskyFormat", data: { name, ext, format }, target, suggestions };
  }
  if (!options.reportUnlisted) return undefined;
  // Not fetched or not read at all (over archiveScanMaxBytes, a host error): the shell says why.
  if (!listing && attachment.contentUnavailable !== undefined && formatByName(attachment.name) !== undefined) {
    return { messageId: "unread", data: { name, reason: attachment.contentUnavailable }, target, suggestions };
  }
  if (!listing || listing.encryptedHeaders || !isListedArchive(attachment.name, listing)) return undefined;
  const gaps = listingGaps(listing);
  const gap = gaps.find((g) => g.unreadable !== undefined) ?? gaps[0];
  if (!gap) return undefined;
  if (gap.unreadable === undefined) return { messageId: "truncated", data: { name }, target, suggestions };
  const reason = gap.unreadable;
  if (gap.chain.length === 0) return { messageId: "unlisted", data: { name, reason }, target, suggestions };
  return { messageId: "unlistedNested", data: { name, reason, where: visibleName(gap.chain.join(NESTING_SEPARATOR)) }, target, suggestions };
}

export default rule;
