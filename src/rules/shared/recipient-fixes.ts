/**
 * The recipient fix the domain rules share: put the address the user meant in place of the one
 * typed, in the same field. One builder, so the typo and look-alike rules offer the same edit.
 */
import type { Suggestion } from "../../engine/rule";
import type { Recipient } from "../../engine/snapshot";

/** The "replace" suggestion (each rule's `replace` message labels it). */
export function replaceWith(recipient: Recipient, replacement: string): Suggestion {
  return {
    messageId: "replace",
    data: { replacement },
    edit: { type: "replaceRecipient", field: recipient.field, address: recipient.address, replacement },
  };
}
