/**
 * Outlook item files (.msg, what a user gets by dragging a message out of Outlook) → a
 * MessageSnapshot, through @kenjiuno/msgreader. The same snapshot the .eml adapter gives for the
 * same message: recipients by field, subject, the HTML body (else the plain one), attachments
 * with their sizes, zip listings, and embedded messages as "item" attachments whose own
 * attachments follow them (named `message › file`), as in .eml.
 *
 * A body stored only as RTF, as classic Outlook stores most mail, is read through rtf-body.ts: the
 * HTML or text it encapsulates. RTF written as RTF (from Word) has none; the plain text Outlook
 * keeps beside it is the body then.
 */
import MsgReader, { type FieldsData } from "@kenjiuno/msgreader";
import type { ArchiveListing, Attachment, MessageSnapshot, Recipient } from "../../engine/snapshot";
import { isArchiveName, shouldList } from "../../archive/formats";
import { archiveTooLargeToList } from "../../text/files/size";
import { outlookAddress } from "./outlook-recipient";
import { bodyFromCompressedRtf } from "./rtf-body";
import { DEFAULT_ARCHIVE_MAX_BYTES, DEFAULT_MAX_DEPTH, NESTED_NAME_SEPARATOR } from "../eml";

export interface ParseMsgOptions {
  /** Lists an archive attachment (the CLI passes src/archive's lister). */
  readonly listArchive?: (bytes: Uint8Array, name: string) => ArchiveListing | undefined;
  /** Zip attachments larger than this are not listed. */
  readonly archiveMaxBytes?: number;
}

export type ParseMsgResult = { readonly ok: true; readonly snapshot: MessageSnapshot } | { readonly ok: false; readonly error: string };

/** Embedded messages deeper than this are listed, not read, as in the .eml adapter. */
const MAX_DEPTH = DEFAULT_MAX_DEPTH;

/** Windows code pages the HTML body may be stored in (PidTagInternetCodepage), as TextDecoder labels. */
const CODEPAGES: Readonly<Record<number, string>> = {
  65001: "utf-8",
  936: "gbk",
  54936: "gb18030",
  950: "big5",
  932: "shift_jis",
  949: "euc-kr",
  1252: "windows-1252",
  20127: "utf-8", // US-ASCII: a subset
  28591: "iso-8859-1",
  50220: "iso-2022-jp",
};

function decodeHtml(fields: FieldsData): string | undefined {
  if (typeof fields.bodyHtml === "string") return fields.bodyHtml;
  if (!fields.html) return undefined;
  const label = CODEPAGES[fields.internetCodepage ?? 65001] ?? "utf-8";
  try {
    return new TextDecoder(label).decode(fields.html);
  } catch {
    return new TextDecoder("utf-8").decode(fields.html);
  }
}

/** The recipients that have an address (outlook-recipient.ts); `incomplete` when one had none. */
export function recipientsOf(fields: FieldsData): { readonly list: Recipient[]; readonly incomplete: boolean } {
  const list: Recipient[] = [];
  let incomplete = false;
  for (const r of fields.recipients ?? []) {
    const to = outlookAddress(r.addressType, r.smtpAddress, r.email);
    if (to) list.push({ ...to, displayName: (r.name ?? "").trim(), field: r.recipType ?? "to" });
    else incomplete = true;
  }
  return { list, incomplete };
}


interface Read {
  readonly attachments: Attachment[];
  nestedTooDeep: boolean;
  incomplete: boolean;
}

function readAttachments(reader: MsgReader, fields: FieldsData, options: ParseMsgOptions, depth: number, prefix: string, out: Read): number {
  let total = 0;
  for (const [index, attachment] of (fields.attachments ?? []).entries()) {
    const id = `msg-${prefix}${index}`;
    if (attachment.innerMsgContent && attachment.innerMsgContentFields) {
      const inner = attachment.innerMsgContentFields;
      const name = attachment.name || inner.subject || `message-${index + 1}.msg`;
      const at = out.attachments.length;
      out.attachments.push({ id, name, size: 0, kind: "item", inline: false });
      let size = (inner.body?.length ?? 0) + (inner.html?.length ?? inner.compressedRtf?.length ?? 0);
      if (depth >= MAX_DEPTH) {
        out.nestedTooDeep = true;
        out.attachments[at] = { ...out.attachments[at], contentUnavailable: `attached message nested more than ${MAX_DEPTH} levels deep: not read` };
      } else {
        const before = out.attachments.length;
        size += readAttachments(reader, inner, options, depth + 1, `${prefix}${index}.`, out);
        for (let i = before; i < out.attachments.length; i++) out.attachments[i] = { ...out.attachments[i], name: `${name}${NESTED_NAME_SEPARATOR}${out.attachments[i].name}` };
      }
      // A .msg stores no size for an embedded message: its bodies and attachments stand for it.
      out.attachments[at] = { ...out.attachments[at], size };
      total += size;
      continue;
    }
    const name = attachment.fileName || attachment.fileNameShort || attachment.name || `attachment-${index + 1}`;
    const size = attachment.contentLength ?? 0;
    total += size;
    const entry: Attachment = {
      id,
      name,
      size,
      kind: "file",
      inline: attachment.attachmentHidden === true,
      ...(attachment.attachMimeTag ? { contentType: attachment.attachMimeTag } : {}),
    };
    out.attachments.push({ ...entry, ...listArchive(reader, attachment, name, size, options, out) });
  }
  return total;
}

function listArchive(reader: MsgReader, attachment: FieldsData, name: string, size: number, options: ParseMsgOptions, out: Read): Partial<Attachment> {
  if (!options.listArchive || !isArchiveName(name)) return {};
  const max = options.archiveMaxBytes ?? DEFAULT_ARCHIVE_MAX_BYTES;
  if (size > max) return { contentUnavailable: archiveTooLargeToList(size, max) };
  try {
    const content = reader.getAttachment(attachment).content;
    if (!shouldList(name, content)) return {};
    const archive = options.listArchive(content, name);
    return archive ? { archive } : {};
  } catch (error) {
    out.incomplete = true;
    return { contentUnavailable: `archive could not be listed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Reads a .msg file; never throws. A calendar item, contact or task is refused as not a mail message. */
export function parseMsg(bytes: Uint8Array, options: ParseMsgOptions = {}): ParseMsgResult {
  if (bytes.length === 0) return { ok: false, error: "empty file" };
  let reader: MsgReader;
  let fields: FieldsData;
  try {
    reader = new MsgReader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    fields = reader.getFileData();
  } catch (error) {
    return { ok: false, error: `not a readable Outlook .msg file: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (fields.error !== undefined) return { ok: false, error: `not an Outlook .msg file (${fields.error})` };
  const messageClass = fields.messageClass ?? "IPM.Note";
  if (!/^IPM\.Note(\.|$)/i.test(messageClass)) return { ok: false, error: `not a mail message: an Outlook item of class ${messageClass}` };
  const read: Read = { attachments: [], nestedTooDeep: false, incomplete: false };
  try {
    readAttachments(reader, fields, options, 1, "", read);
  } catch (error) {
    return { ok: false, error: `attachments could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
  const senderAddress = (fields.senderSmtpAddress ?? (fields.senderAddressType === "SMTP" ? fields.senderEmail : undefined) ?? "").trim();
  const stored = decodeHtml(fields);
  const fromRtf = stored === undefined ? bodyFromCompressedRtf(fields.compressedRtf) : undefined;
  const html = stored ?? fromRtf?.html;
  const text = fields.body ?? fromRtf?.text;
  const to = recipientsOf(fields);
  return {
    ok: true,
    snapshot: {
      ...(senderAddress ? { sender: { address: senderAddress, displayName: (fields.senderName ?? "").trim() } } : {}),
      recipients: to.list,
      subject: fields.subject ?? "",
      body: { ...(html !== undefined ? { html } : {}), ...(text !== undefined ? { text } : {}) },
      attachments: read.attachments,
      flags: {
        ...(read.nestedTooDeep ? { nestedMessagesTooDeep: true } : {}),
        ...(read.incomplete ? { attachmentsIncomplete: true } : {}),
        ...(to.incomplete ? { recipientsIncomplete: true } : {}),
      },
    },
  };
}
