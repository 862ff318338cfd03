/**
 * The recipient fix the domain rules share: put the address the user meant in place of the one
 * typed, in the same field. One builder and one label, so the typo and look-alike rules offer the
 * same edit under the same words (and the Send handler carries the text once).
 */
import type { LocalizedText, Suggestion } from "../../engine/rule";
import type { Recipient } from "../../engine/snapshot";

/** The label of that fix, the same in every rule that offers it (its `replace` message). */
export const REPLACE_RECIPIENT: LocalizedText = {
  "zh-CN": "改为 {replacement}",
  "zh-TW": "改為 {replacement}",
  "en-US": "Change to {replacement}",
};

/** The "replace" suggestion (each rule's `replace` message labels it). */
export function replaceWith(recipient: Recipient, replacement: string): Suggestion {
  return {
    messageId: "replace",
    data: { replacement },
    edit: { type: "replaceRecipient", field: recipient.field, address: recipient.address, replacement },
  };
}
