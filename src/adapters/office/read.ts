/**
 * Reads the compose item into a MessageSnapshot. Partial failures become snapshot flags so the
 * check still runs on what could be read; only a missing item is an error.
 */
import type { Attachment, MessageSnapshot, Recipient, RecipientField, SnapshotFlags } from "../../engine/snapshot";
import { officeCall, supportsMailbox } from "./async";

type ComposeItem = Office.MessageCompose;

function readRecipients(field: RecipientField, recipients: Office.Recipients): Promise<Recipient[]> {
  return officeCall<Office.EmailAddressDetails[]>(`${field}.getAsync`, (cb) => recipients.getAsync(cb)).then(
    (list) =>
      list.map((r) => ({
        address: r.emailAddress ?? "",
        displayName: r.displayName ?? "",
        field,
        ...(r.recipientType ? { recipientType: String(r.recipientType) } : {}),
      })),
  );
}

function kindOf(type: Office.MailboxEnums.AttachmentType | string): Attachment["kind"] {
  const value = String(type).toLowerCase();
  if (value === "item") return "item";
  if (value === "cloud") return "cloud";
  return "file";
}

export function toAttachment(details: Office.AttachmentDetailsCompose): Attachment {
  return {
    id: details.id,
    name: details.name ?? "",
    size: typeof details.size === "number" && details.size > 0 ? details.size : 0,
    kind: kindOf(details.attachmentType),
    inline: Boolean(details.isInline),
  };
}

export async function readComposeSnapshot(item: ComposeItem | undefined): Promise<MessageSnapshot> {
  if (!item) throw new Error("No message is open for composing.");
  const fields: RecipientField[] = ["to", "cc", "bcc"];
  const recipientCalls = fields.map((f) => readRecipients(f, item[f]));
  const subjectCall = officeCall<string>("subject.getAsync", (cb) => item.subject.getAsync(cb));
  const htmlCall = officeCall<string>("body.getAsync", (cb) => item.body.getAsync(Office.CoercionType.Html, cb));
  const attachmentCall = supportsMailbox("1.8")
    ? officeCall<Office.AttachmentDetailsCompose[]>("getAttachmentsAsync", (cb) => item.getAttachmentsAsync(cb))
    : Promise.reject(new Error("Mailbox 1.8 is not supported"));

  const [subject, html, attachments, ...recipientLists] = await Promise.allSettled([
    subjectCall,
    htmlCall,
    attachmentCall,
    ...recipientCalls,
  ]);

  const flags: { -readonly [K in keyof SnapshotFlags]: SnapshotFlags[K] } = {};
  const recipients: Recipient[] = [];
  for (const list of recipientLists) {
    if (list.status === "fulfilled") recipients.push(...(list.value as Recipient[]));
    else flags.recipientsIncomplete = true;
  }
  let attachmentList: Attachment[] = [];
  if (attachments.status === "fulfilled") {
    attachmentList = (attachments.value as Office.AttachmentDetailsCompose[]).map(toAttachment);
    // Sizes of unsaved inline images and attached items are reported as 0 until saved.
    if (attachmentList.some((a) => a.size === 0 && a.kind !== "cloud")) flags.attachmentsIncomplete = true;
  } else {
    flags.attachmentsIncomplete = true;
  }
  if (html.status === "rejected") flags.bodyTruncated = true;

  return {
    recipients,
    subject: subject.status === "fulfilled" ? String(subject.value) : "",
    body: html.status === "fulfilled" ? { html: String(html.value) } : {},
    attachments: attachmentList,
    flags,
  };
}
