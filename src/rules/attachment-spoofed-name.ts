import type { Rule, RuleFinding } from "../engine/rule";
import { displayedName, lastExtension, paddingAfterDecoy, paddingBeforeExtension } from "../text/files/extensions";
import { BIDI_CONTROL, visibleName } from "../engine/shown";
import { REMOVE_ATTACHMENT } from "./shared/attachment-fixes";

/** Hebrew, Arabic, Syriac, Thaana, N'Ko… and their presentation forms (not the ALM mark itself). */
const RTL_LETTER = /[\u0590-\u061b\u061d-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;
/** Marks that right-to-left writers use legitimately; elsewhere they only hide things. */
const MARKS = new Set(["\u200e", "\u200f", "\u061c"]);

/** The bidi controls in a name that have no business there, as "[RLO]" tags. */
function suspiciousControls(name: string): string[] {
  const rtlText = RTL_LETTER.test(name);
  const found: string[] = [];
  for (const char of name) {
    if (!BIDI_CONTROL.test(char) || (rtlText && MARKS.has(char))) continue;
    const tag = visibleName(char);
    if (!found.includes(tag)) found.push(tag);
  }
  return found;
}

/**
 * A name built to show something other than what it is: bidi controls ("invoice[RLO]fdp.exe"
 * displays as "invoiceexe.pdf"), or blanks / filler that push the real extension out of sight.
 * Data always carries the name with its controls made visible, never the raw characters.
 */
const rule: Rule<Record<string, never>> = {
  meta: {
    id: "attachment-spoofed-name",
    category: "attachments",
    description: {
      "zh-CN": "附件名用隐藏字符或空白伪装真实类型",
      "zh-TW": "附件名用隱藏字元或空白偽裝真實類型",
      "en-US": "An attachment name that hides its real type",
    },
    messages: {
      disguised: {
        "zh-CN": "附件 {name} 显示为“{shown}”，看似 .{shownExt} 文件，实际上是 .{ext} 文件：文件名里藏有改变文字方向的控制字符。",
        "zh-TW": "附件 {name} 顯示為「{shown}」，看似 .{shownExt} 檔案，實際上是 .{ext} 檔案：檔名裡藏有改變文字方向的控制字元。",
        "en-US": "{name} displays as \"{shown}\", which looks like a .{shownExt} file, but it is a .{ext} file: the name hides text-direction control characters.",
      },
      bidi: {
        "zh-CN": "附件 {name} 的文件名含有隐藏的文字方向控制字符 {controls}，显示出来的名字可能与实际不符，邮件过滤会把它当作可疑文件。",
        "zh-TW": "附件 {name} 的檔名含有隱藏的文字方向控制字元 {controls}，顯示出來的名稱可能與實際不符，郵件過濾會把它當作可疑檔案。",
        "en-US": "{name} contains hidden text-direction characters ({controls}), so its name may display as something it is not; mail filters treat it as suspicious.",
      },
      padded: {
        "zh-CN": "附件 {name} 的文件名中有 {count} 个空白或填充字符，名字被截断显示时会把真实的扩展名 .{ext} 藏起来。",
        "zh-TW": "附件 {name} 的檔名中有 {count} 個空白或填充字元，名稱被截斷顯示時會把真實的副檔名 .{ext} 藏起來。",
        "en-US": "{name} has {count} blank or filler characters in its name, which push the real extension .{ext} out of sight when the name is shortened.",
      },
      remove: REMOVE_ATTACHMENT,
    },
    defaultSeverity: "block",
    defaultOptions: {},
    hasSuggestions: true,
    remedyId: "attachment-spoofed-name",
  },
  check({ message }) {
    const findings: RuleFinding[] = [];
    for (const attachment of message.attachments) {
      // An attached item's "name" is its subject, which may legitimately mix directions.
      if (attachment.kind === "item") continue;
      const raw = attachment.name;
      const name = visibleName(raw);
      const ext = lastExtension(raw);
      const controls = suspiciousControls(raw);
      let found: Pick<RuleFinding, "messageId" | "data"> | undefined;
      if (controls.length > 0) {
        const shown = visibleName(displayedName(raw));
        const shownExt = lastExtension(shown);
        found =
          shownExt !== "" && shownExt !== ext
            ? { messageId: "disguised", data: { name, shown, shownExt, ext } }
            : { messageId: "bidi", data: { name, controls: controls.join(" ") } };
      } else {
        const count = Math.max(paddingBeforeExtension(raw), paddingAfterDecoy(raw));
        if (count > 0 && ext !== "") found = { messageId: "padded", data: { name, count, ext } };
      }
      if (!found) continue;
      findings.push({
        ...found,
        target: { kind: "attachment", id: attachment.id, name },
        suggestions: [
          { messageId: "remove", data: { name }, edit: { type: "removeAttachment", attachmentId: attachment.id, name } },
        ],
      });
    }
    return findings;
  },
};

export default rule;
