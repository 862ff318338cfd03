import type { Attachment, MessageSnapshot, Recipient, RecipientField } from "../../src/engine/snapshot";

/** A message with sensible empty defaults; tests override only what they are about. */
export function makeSnapshot(overrides: Partial<MessageSnapshot> = {}): MessageSnapshot {
  return {
    recipients: [],
    subject: "Quarterly report",
    body: { text: "" },
    attachments: [],
    flags: {},
    ...overrides,
  };
}

export function to(address: string, field: RecipientField = "to", displayName = ""): Recipient {
  return { address, displayName, field };
}

let nextId = 0;
export function file(name: string, size: number, extra: Partial<Attachment> = {}): Attachment {
  nextId += 1;
  return { id: `att-${nextId}`, name, size, kind: "file", inline: false, ...extra };
}
