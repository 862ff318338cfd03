/**
 * Lists what is inside a zip attachment of the item being written. The bytes come from
 * getAttachmentContentAsync (Mailbox 1.8) as base64, only for attachments that look like
 * archives and are small enough: that call can fail, or never call back, for big files, so it
 * is bounded in size and time, and every failure becomes the attachment's `contentUnavailable`.
 * The bytes are dropped once listed; only the listing stays in the snapshot.
 */
import type { ArchiveListing, Attachment } from "../../engine/snapshot";
import { decodeBase64 } from "../../archive/base64";
// Archives by name (zip, 7z, tar, gz, rar, cab, arj, lzh…); Office documents are zips too, but hold no files of their own.
import { isArchiveName } from "../../archive/formats";
import { archiveTooLargeToList } from "../../text/files/size";
import { officeCall, supportsMailbox } from "./async";

/** Default bounds, when the policy gives none. */
export const ARCHIVE_MAX_BYTES = 10 * 1024 * 1024;
export const CONTENT_TIMEOUT_MS = 4000;


export interface ArchiveBounds {
  /** Largest attachment whose content is fetched to list it (policy.archiveScanMaxBytes). */
  readonly archiveMaxBytes?: number;
  /** Per-call bound on getAttachmentContentAsync, which may never call back for big files. */
  readonly contentTimeoutMs?: number;
}

/** Lists an archive's bytes; the pane's lister loads its code on first use, hence the promise. */
type ListArchive = (bytes: Uint8Array, name: string) => ArchiveListing | Promise<ArchiveListing>;

/** A ReadOptions.readContent that lists archive attachments with `listArchive`. */
export function archiveReader(
  listArchive: ListArchive,
  bounds: ArchiveBounds = {},
): (item: Office.MessageCompose, attachment: Attachment) => Promise<Attachment> {
  return (item, attachment) => readArchiveListing(item, attachment, listArchive, bounds);
}

export async function readArchiveListing(
  item: Office.MessageCompose,
  attachment: Attachment,
  listArchive: ListArchive,
  bounds: ArchiveBounds,
): Promise<Attachment> {
  if (attachment.kind !== "file" || attachment.inline || !isArchiveName(attachment.name)) return attachment;
  const maxBytes = bounds.archiveMaxBytes ?? ARCHIVE_MAX_BYTES;
  if (attachment.size > maxBytes) {
    return { ...attachment, contentUnavailable: archiveTooLargeToList(attachment.size, maxBytes) };
  }
  if (!supportsMailbox("1.8")) return { ...attachment, contentUnavailable: "this Outlook cannot hand attachment content to add-ins" };
  try {
    const content = await officeCall<Office.AttachmentContent>(
      "getAttachmentContentAsync",
      (cb) => item.getAttachmentContentAsync(attachment.id, cb),
      bounds.contentTimeoutMs ?? CONTENT_TIMEOUT_MS,
    );
    if (String(content.format).toLowerCase() !== "base64") return { ...attachment, contentUnavailable: `content came as ${content.format}, not base64` };
    const bytes = decodeBase64(content.content);
    if (!bytes) return { ...attachment, contentUnavailable: "content was not valid base64" };
    return { ...attachment, archive: await listArchive(bytes, attachment.name) };
  } catch (error) {
    return { ...attachment, contentUnavailable: error instanceof Error ? error.message : String(error) };
  }
}
