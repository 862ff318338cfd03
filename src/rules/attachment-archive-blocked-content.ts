import type { Rule, RuleFinding } from "../engine/rule";
import type { ArchiveListing } from "../engine/snapshot";
import { formatSize } from "../text/files/size";
import { NESTING_SEPARATOR, allEntries, listingGaps } from "../archive/walk";
import { blockedExtensionSet, matchBlocked, type BlockedMatch } from "../text/files/extensions";
import { isListedArchive } from "../archive/formats";
import { visibleName } from "../engine/shown";
import { REMOVE_ATTACHMENT, SHARE_AS_LINK } from "./shared/attachment-fixes";

export interface Options {
  /**
   * Also report, at this rule's severity, an archive whose listing (or a nested one) was cut short
   * or could not be read. Off by default: attachment-archive-unscannable reports those as a
   * warning, and the report's "not checked" lines always name them; turn on to block them.
   */
  readonly reportUnchecked: boolean;
}

/** Declared unpacked size from which an archive is a zip bomb: over 1 GiB, and 100 times its own size. */
const BOMB_BYTES = 1024 * 1024 * 1024;
const BOMB_RATIO = 100;

/** What the archive declares it unpacks to, nested archives' contents included (not themselves). */
function expandedSize(listing: ArchiveListing): number {
  return allEntries(listing).reduce((sum, { entry }) => sum + (entry.listing ? 0 : entry.size), 0);
}

/**
 * An archive carrying a blocked type at any depth we could read: Gmail refuses blocked types
 * inside archives, and zipping an .exe does not get it past most filters (manual B §二(三)).
 * Reads only the listing the shell gathered (zip, 7z, tar, gzip, rar, cab, arj, lzh…); archives
 * it could not read are attachment-archive-unscannable's finding.
 */
const rule: Rule<Options> = {
  meta: {
    id: "attachment-archive-blocked-content",
    category: "attachments",
    description: {
      "zh-CN": "压缩包里有会被拦截的文件类型",
      "zh-TW": "壓縮檔裡有會被攔截的檔案類型",
      "en-US": "An archive that contains a blocked file type",
    },
    messages: {
      blockedEntry: {
        "zh-CN": "压缩包 {name} 中有 {count} 个会被拦截的文件，例如 {path}（.{ext}）。把这类文件打包压缩并不能绕过邮件过滤。",
        "zh-TW": "壓縮檔 {name} 中有 {count} 個會被攔截的檔案，例如 {path}（.{ext}）。把這類檔案打包壓縮並不能繞過郵件過濾。",
        "en-US": "{name} contains {count:file|files} of a blocked type, such as {path} (.{ext}). Putting them in an archive does not get them past mail filters.",
      },
      disguisedEntry: {
        "zh-CN": "压缩包 {name} 中的 {path} 看起来是 .{decoy} 文件，实际上是 .{ext} 程序（共 {count} 个会被拦截的文件）。",
        "zh-TW": "壓縮檔 {name} 中的 {path} 看起來是 .{decoy} 檔案，實際上是 .{ext} 程式（共 {count} 個會被攔截的檔案）。",
        "en-US": "In {name}, {path} looks like a .{decoy} file but is a .{ext} program ({count:blocked file|blocked files} in all).",
      },
      notCheckedUnreadable: {
        "zh-CN": "无法读取压缩包 {name} 的内容，没能检查其中的文件。邮件过滤通常也会拒收无法检查的压缩包。",
        "zh-TW": "無法讀取壓縮檔 {name} 的內容，沒能檢查其中的檔案。郵件過濾通常也會拒收無法檢查的壓縮檔。",
        "en-US": "The contents of {name} could not be read, so its files were not checked. Mail filters often refuse archives they cannot inspect, too.",
      },
      notCheckedNested: {
        "zh-CN": "压缩包 {name} 里的 {where} 无法读取，没能检查其中的文件。邮件过滤通常也会拒收无法检查的压缩包。",
        "zh-TW": "壓縮檔 {name} 裡的 {where} 無法讀取，沒能檢查其中的檔案。郵件過濾通常也會拒收無法檢查的壓縮檔。",
        "en-US": "{where} inside {name} could not be read, so its files were not checked. Mail filters often refuse archives they cannot inspect, too.",
      },
      notCheckedTruncated: {
        "zh-CN": "压缩包 {name} 的文件太多或嵌套太深，只检查了一部分，其余文件未检查。",
        "zh-TW": "壓縮檔 {name} 的檔案太多或巢狀太深，只檢查了一部分，其餘檔案未檢查。",
        "en-US": "{name} holds too many files, or archives nested too deep: only part of it was checked.",
      },
      bomb: {
        "zh-CN": "压缩包 {name} 只有 {size}，解压后却声明有 {expanded}：这是典型的“压缩炸弹”，邮件扫描会拒收，收件人也无法正常打开。",
        "zh-TW": "壓縮檔 {name} 只有 {size}，解壓縮後卻宣告有 {expanded}：這是典型的「壓縮炸彈」，郵件掃描會拒收，收件者也無法正常開啟。",
        "en-US": "{name} is {size} but declares {expanded} once unpacked: a typical zip bomb, which mail scanners refuse and recipients cannot open sensibly.",
      },
      remove: REMOVE_ATTACHMENT,
      shareLink: SHARE_AS_LINK,
    },
    defaultSeverity: "block",
    defaultOptions: { reportUnchecked: false },
    optionsSchema: { reportUnchecked: { type: "boolean", description: "Also report, at this rule's severity, archives that could not be listed completely (attachment-archive-unscannable warns about them anyway)." } },
    hasSuggestions: true,
    needs: ["archive"],
    remedyId: "attachment-archive-blocked-content",
  },
  check({ message, policy, options }) {
    const blocked = blockedExtensionSet(policy.blockedExtensions);
    const findings: RuleFinding[] = [];
    for (const attachment of message.attachments) {
      const listing = attachment.archive;
      if (!listing || attachment.kind === "cloud") continue;
      const name = visibleName(attachment.name);
      const target = { kind: "attachment", id: attachment.id, name } as const;
      const suggestions = [
        { messageId: "remove", data: { name }, edit: { type: "removeAttachment", attachmentId: attachment.id, name } },
        {
          messageId: "shareLink",
          data: { name },
          edit: { type: "insertShareLink", attachmentId: attachment.id, name, size: attachment.size },
        },
      ] as const;
      const hits: { match: BlockedMatch; path: string }[] = [];
      for (const visited of allEntries(listing)) {
        const match = matchBlocked(visited.entry.path, blocked);
        if (match) hits.push({ match, path: visibleName(visited.chain.join(NESTING_SEPARATOR)) });
      }
      if (hits.length > 0) {
        // One finding per archive: the first offender names the problem, the count its extent.
        const first = hits.find((hit) => hit.match.decoy) ?? hits[0];
        findings.push({
          messageId: first.match.decoy ? "disguisedEntry" : "blockedEntry",
          data: { name, path: first.path, ext: first.match.ext, count: hits.length, ...(first.match.decoy ? { decoy: first.match.decoy } : {}) },
          target,
          suggestions,
        });
        continue;
      }
      const expanded = expandedSize(listing);
      if (expanded >= BOMB_BYTES && expanded >= BOMB_RATIO * Math.max(attachment.size, 1)) {
        findings.push({ messageId: "bomb", data: { name, expanded: formatSize(expanded), size: formatSize(attachment.size) }, target, suggestions: [suggestions[0]] });
        continue;
      }
      if (!options.reportUnchecked || !isListedArchive(attachment.name, listing)) continue;
      const gaps = listingGaps(listing);
      if (gaps.length === 0) continue;
      const gap = gaps.find((g) => g.unreadable !== undefined) ?? gaps[0];
      const messageId =
        gap.unreadable === undefined ? "notCheckedTruncated" : gap.chain.length > 0 ? "notCheckedNested" : "notCheckedUnreadable";
      findings.push({
        messageId,
        data: {
          name,
          ...(gap.chain.length > 0 ? { where: visibleName(gap.chain.join(NESTING_SEPARATOR)) } : {}),
          // The lister's technical reason, for the CLI's JSON and for support; not in the text.
          ...(gap.unreadable !== undefined ? { reason: gap.unreadable } : {}),
        },
        target,
      });
    }
    return findings;
  },
};

export default rule;
