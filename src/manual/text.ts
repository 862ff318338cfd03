/** Small constructors that keep the catalogue files short and readable. */
import type { LocalizedText } from "../engine/rule";
import type { GuideId, ManualRef } from "./types";

/** One text in the order the catalogue is written: Simplified, Traditional (Taiwan), English. */
export function L(zhCN: string, zhTW: string, enUS: string): LocalizedText {
  return { "zh-CN": zhCN, "zh-TW": zhTW, "en-US": enUS };
}

/** A citation, e.g. ref("B", "三(二)1"). */
export function ref(guide: GuideId, section: string): ManualRef {
  return { guide, section };
}
