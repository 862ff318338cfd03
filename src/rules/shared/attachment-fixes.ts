/**
 * The labels of the two attachment fixes, shared by every attachment rule that offers them, so
 * the same button reads the same everywhere (and the Send handler carries each text once).
 */
import type { LocalizedText } from "../../engine/rule";

export const REMOVE_ATTACHMENT: LocalizedText = {
  "zh-CN": "移除附件 {name}",
  "zh-TW": "移除附件 {name}",
  "en-US": "Remove {name}",
};

export const SHARE_AS_LINK: LocalizedText = {
  "zh-CN": "改为发送 {name} 的网盘链接",
  "zh-TW": "改為傳送 {name} 的網盤連結",
  "en-US": "Send {name} as a drive link instead",
};
