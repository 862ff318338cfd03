/**
 * One message of a .pst/.ost (a pst-extractor PSTMessage) → the MessageSnapshot the .eml and .msg
 * adapters give for the same message: sender, recipients by field, subject, the HTML body (else the
 * plain one), attachments with their sizes and zip listings, and embedded messages as "item"
 * attachments whose own attachments follow them (named `message › file`).
 *
 * A body stored only as RTF is read as in the .msg adapter (rtf-body.ts): the HTML or text it
 * encapsulates, else the plain text Outlook keeps beside it.
 */
import { PSTAttachment, type PSTMessage } from "pst-extractor";
import type { Attachment, MessageSnapshot, Recipient, RecipientField } from "../../engine/snapshot";
import { outlookAddress } from "../msg/outlook-recipient";
import { bodyFromRtf, type RtfBody } from "../msg/rtf-body";
import { DEFAULT_ARCHIVE_MAX_BYTES, DEFAULT_MAX_DEPTH, NESTED_NAME_SEPARATOR, type ListArchive } from "../eml";
import { isArchiveName, shouldList } from "../../archive/formats";
import { archiveTooLargeToList } from "../../text/files/size";

export interface PstMessageOptions {
  /** Lists an archive attachment (the CLI passes src/archive's lister). */
  readonly listArchive?: ListArchive;
  /** Zip attachments larger than this are not read or listed. */
  readonly archiveMaxBytes?: number;
}

/** PidTagRecipientType: 1 To, 2 Cc, 3 Bcc (MS-OXCMSG 2.2.3.1). */
const FIELDS: Readonly<Record<number, RecipientField>> = { 1: "to", 2: "cc", 3: "bcc" };

/** A mail item: IPM.Note and its variants (signed, encrypted, receipts are IPM.Note.* too). */
export function isMailClass(messageClass: string): boolean {
  return /^IPM\.Note(\.|$)/i.test(messageClass || "IPM.Note");
}

/** The recipients that have an address (../msg/outlook-recipient.ts); `incomplete` when one had none. */
function recipients(message: PSTMessage): { readonly list: Recipient[]; readonly incomplete: boolean } {
  const list: Recipient[] = [];
  let incomplete = false;
  for (let i = 0; i < message.numberOfRecipients; i++) {
    const recipient = message.getRecipient(i);
    const to = recipient ? outlookAddress(recipient.addrType, recipient.smtpAddress, recipient.emailAddress) : undefined;
    if (recipient && to) list.push({ ...to, displayName: recipient.displayName.trim(), field: FIELDS[recipient.recipientType] ?? "to" });
    else incomplete = true;
  }
  return { list, incomplete };
}

function sender(message: PSTMessage): MessageSnapshot["sender"] {
  const address = message.senderAddrtype.toUpperCase() === "EX" ? "" : message.senderEmailAddress.trim();
  return address ? { address, displayName: message.senderName.trim() } : undefined;
}

function readBytes(attachment: PSTAttachment, size: number): Uint8Array | undefined {
  const stream = attachment.fileInputStream;
  if (!stream) return undefined;
  const buffer = Buffer.alloc(size);
  stream.readCompletely(buffer);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

interface Read {
  readonly attachments: Attachment[];
  nestedTooDeep: boolean;
  incomplete: boolean;
}

/** An archive attachment's listing, read within the size limit; other files are never read. */
function archiveOf(attachment: PSTAttachment, name: string, size: number, options: PstMessageOptions, out: Read): Partial<Attachment> {
  if (!options.listArchive || !isArchiveName(name)) return {};
  const max = options.archiveMaxBytes ?? DEFAULT_ARCHIVE_MAX_BYTES;
  if (size > max) return { contentUnavailable: archiveTooLargeToList(size, max) };
  try {
    const bytes = readBytes(attachment, size);
    if (!bytes || !shouldList(name, bytes)) return {};
    const archive = options.listArchive(bytes, name);
    return archive ? { archive } : {};
  } catch (error) {
    out.incomplete = true;
    return { contentUnavailable: `archive could not be listed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function readAttachments(message: PSTMessage, options: PstMessageOptions, depth: number, prefix: string, out: Read): number {
  let total = 0;
  const html = message.bodyHTML;
  for (let index = 0; index < message.numberOfAttachments; index++) {
    const id = `pst-${prefix}${index}`;
    let attachment: PSTAttachment;
    try {
      attachment = message.getAttachment(index);
    } catch {
      out.incomplete = true; // a damaged attachment table: the others are still read
      continue;
    }
    if (attachment.attachMethod === PSTAttachment.ATTACHMENT_METHOD_EMBEDDED) {
      total += readEmbedded(attachment, index, options, depth, prefix, out, id);
      continue;
    }
    const name = (attachment.longFilename || attachment.filename || attachment.displayName || `attachment-${index + 1}`).trim();
    const size = attachment.filesize;
    total += size;
    // Inline means shown in the body: an image the HTML refers to by its Content-ID.
    const cid = attachment.contentId.trim();
    const entry: Attachment = {
      id,
      name,
      size,
      kind: "file",
      inline: cid !== "" && html.includes(`cid:${cid}`),
      ...(attachment.mimeTag ? { contentType: attachment.mimeTag } : {}),
    };
    out.attachments.push({ ...entry, ...archiveOf(attachment, name, size, options, out) });
  }
  return total;
}

function readEmbedded(attachment: PSTAttachment, index: number, options: PstMessageOptions, depth: number, prefix: string, out: Read, id: string): number {
  const inner = attachment.embeddedPSTMessage;
  const name = (attachment.displayName || inner?.subject || `message-${index + 1}.msg`).trim();
  const at = out.attachments.length;
  out.attachments.push({ id, name, size: attachment.size, kind: "item", inline: false });
  if (!inner) {
    out.incomplete = true;
    out.attachments[at] = { ...out.attachments[at], contentUnavailable: "attached message could not be read" };
    return attachment.size;
  }
  if (depth >= DEFAULT_MAX_DEPTH) {
    out.nestedTooDeep = true;
    out.attachments[at] = { ...out.attachments[at], contentUnavailable: `attached message nested more than ${DEFAULT_MAX_DEPTH} levels deep: not read` };
    return attachment.size;
  }
  const before = out.attachments.length;
  readAttachments(inner, options, depth + 1, `${prefix}${index}.`, out);
  for (let i = before; i < out.attachments.length; i++) out.attachments[i] = { ...out.attachments[i], name: `${name}${NESTED_NAME_SEPARATOR}${out.attachments[i].name}` };
  return attachment.size;
}

/**
 * The body the message's RTF encapsulates. pst-extractor decompresses the RTF itself (bodyRTF) and
 * throws on a damaged stream; either way the plain-text body is still there.
 */
function rtfBody(message: PSTMessage): RtfBody | undefined {
  let rtf: string;
  try {
    rtf = message.bodyRTF;
  } catch {
    return undefined;
  }
  return bodyFromRtf(rtf);
}

/** The snapshot of one mail message; throws on a damaged message (the caller makes it that item's error). */
export function pstMessageSnapshot(message: PSTMessage, options: PstMessageOptions = {}): MessageSnapshot {
  const read: Read = { attachments: [], nestedTooDeep: false, incomplete: false };
  readAttachments(message, options, 1, "", read);
  const from = sender(message);
  const fromRtf = message.bodyHTML ? undefined : rtfBody(message);
  const html = message.bodyHTML || fromRtf?.html;
  const text = message.body || fromRtf?.text;
  const to = recipients(message);
  return {
    ...(from ? { sender: from } : {}),
    recipients: to.list,
    subject: message.subject,
    body: { ...(html ? { html } : {}), ...(text ? { text } : {}) },
    attachments: read.attachments,
    flags: {
      ...(read.nestedTooDeep ? { nestedMessagesTooDeep: true } : {}),
      ...(read.incomplete ? { attachmentsIncomplete: true } : {}),
      ...(to.incomplete ? { recipientsIncomplete: true } : {}),
    },
  };
}
