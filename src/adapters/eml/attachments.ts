/**
 * One postal-mime attachment → one snapshot attachment: a name a person would recognise, the
 * decoded size, the inline flag, and the archive listing when the bytes are a small enough zip.
 * The bytes themselves never reach the snapshot.
 */
import type { Attachment as MimeAttachment } from "postal-mime";
import type { ArchiveListing, Attachment } from "../../engine/snapshot";
import { archiveTooLargeToList } from "../../text/files/size";
import type { ElidedPart } from "./elide";
import { shouldList } from "../../archive/formats";

export type ListArchive = (bytes: Uint8Array, name: string) => ArchiveListing | undefined;

export interface ArchiveReader {
  readonly listArchive?: ListArchive;
  readonly archiveMaxBytes: number;
}

/** Extensions for unnamed parts, so the type rules still see what kind of file it is. */
const EXTENSIONS: Readonly<Record<string, string>> = {
  "application/pdf": "pdf",
  "application/zip": "zip",
  "application/x-zip-compressed": "zip",
  "application/msword": "doc",
  "application/vnd.ms-excel": "xls",
  "application/vnd.ms-powerpoint": "ppt",
  "application/x-msdownload": "exe",
  "message/rfc822": "eml",
  "message/global": "eml",
  "text/plain": "txt",
  "text/html": "html",
  "text/calendar": "ics",
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/gif": "gif",
};

export function fallbackName(index: number, contentType: string): string {
  return `attachment-${index + 1}.${EXTENSIONS[contentType] ?? "bin"}`;
}

/** Outlook names an attached message after its subject; control characters (folded lines, tabs) would only confuse. */
export function messageName(subject: string | undefined): string | undefined {
  const clean = Array.from(subject ?? "", (c) => (c.charCodeAt(0) < 0x20 || c === "\x7f" ? " " : c))
    .join("")
    .replace(/ {2,}/g, " ")
    .trim()
    .slice(0, 120);
  return clean ? `${clean}.eml` : undefined;
}

export function isAttachedMessage(part: MimeAttachment): boolean {
  return part.mimeType === "message/rfc822" || part.mimeType === "message/global" || part.rfc822DepthExceeded === true;
}

/** Shown in the message body (an image the HTML refers to), not in the attachment well. */
export function isInline(part: MimeAttachment): boolean {
  if (!part.contentId) return false;
  return part.disposition === "inline" || (part.disposition === null && part.related === true);
}

export function contentBytes(part: MimeAttachment): Uint8Array {
  const { content } = part;
  if (typeof content === "string") return new TextEncoder().encode(content);
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

/** `elided`: the body was measured before parsing (elide.ts); `bytes` is then only its marker. */
export function fileAttachment(part: MimeAttachment, bytes: Uint8Array, id: string, index: number, reader: ArchiveReader, elided?: ElidedPart): Attachment {
  const name = part.filename || fallbackName(index, part.mimeType);
  return {
    id,
    name,
    size: elided ? elided.size : bytes.length,
    kind: "file",
    inline: isInline(part),
    contentType: part.mimeType,
    ...(elided ? tooLargeToList(elided, name, reader) : readArchive(bytes, name, reader)),
  };
}

/** Only bodies over the archive size cap are elided: one that is an archive says so, as readArchive would. */
function tooLargeToList(elided: ElidedPart, name: string, reader: ArchiveReader): Pick<Attachment, "contentUnavailable"> {
  if (!reader.listArchive || !shouldList(name, elided.head)) return {};
  return { contentUnavailable: archiveTooLargeToList(elided.size, reader.archiveMaxBytes) };
}


/**
 * Lists an archive through the injected reader (the CLI passes src/archive's lister; the adapter
 * does not depend on it). Only within the size cap: the reader bounds what it inflates, but
 * handing it a 100 MB buffer would already cost the memory the cap is there to save.
 */
function readArchive(bytes: Uint8Array, name: string, reader: ArchiveReader): Pick<Attachment, "archive" | "contentUnavailable"> {
  if (!reader.listArchive || !shouldList(name, bytes)) return {};
  if (bytes.length > reader.archiveMaxBytes) {
    return { contentUnavailable: archiveTooLargeToList(bytes.length, reader.archiveMaxBytes) };
  }
  try {
    const archive = reader.listArchive(bytes, name);
    return archive ? { archive } : {};
  } catch (error) {
    return { contentUnavailable: `archive could not be listed: ${errorText(error)}` };
  }
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
