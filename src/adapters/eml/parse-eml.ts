/**
 * .eml bytes → MessageSnapshot, on postal-mime. Runs in Node and in browsers: reading the file
 * is the caller's job, and nothing here needs more than TextDecoder.
 *
 * Attached messages (message/rfc822) are listed as "item" attachments and read in turn, up to
 * `maxDepth` levels, so a blocked file inside a forwarded message is still seen. Their own
 * attachments follow them in the list, named with the path through the messages
 * ("Quote.eml › setup.exe") and with ids that extend the parent's ("eml-1.0"). Their bodies
 * are not merged into the outer body: the body is what the outer message itself says.
 */
import PostalMime from "postal-mime";
import type { Address, Email, PostalMimeOptions } from "postal-mime";
import type { Attachment, Mailbox, MessageSnapshot, Recipient, RecipientField, SnapshotFlags } from "../../engine/snapshot";
import {
  contentBytes,
  errorText,
  fallbackName,
  fileAttachment,
  isAttachedMessage,
  messageName,
  type ArchiveReader,
  type ListArchive,
} from "./attachments";
import { elidedPart } from "./elide";
import { inputProblem } from "./input-checks";
import { repairMessage } from "./repair";

export interface ParseEmlOptions {
  /** Larger files are refused before parsing. Default 200 MB. */
  readonly maxBytes?: number;
  /** How many levels of attached messages are read. Default 3; 0 reads none. */
  readonly maxDepth?: number;
  /** Lists the entries of a zip attachment (the CLI passes listZip from src/archive). */
  readonly listArchive?: ListArchive;
  /** Larger zip attachments are not listed. Default 10 MB. */
  readonly archiveMaxBytes?: number;
}

export type EmlResult = { readonly ok: true; readonly snapshot: MessageSnapshot } | { readonly ok: false; readonly error: string };

export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;
export const DEFAULT_MAX_DEPTH = 3;
export const DEFAULT_ARCHIVE_MAX_BYTES = 10 * 1024 * 1024;
/** Below this an attachment is decoded even when archive listing is off: the copies cost little. */
const MIN_ELIDE_BYTES = 1024 * 1024;
/** Joins the names along the path through attached messages (the archive walker uses the same). */
export const NESTED_NAME_SEPARATOR = " › ";

/**
 * Every message/rfc822 part comes back as an attachment with its raw bytes (never inlined by
 * postal-mime), so this adapter reads it with the same repair and limits as the outer message
 * and knows exactly which depth went unread.
 */
const POSTAL_MIME_OPTIONS: PostalMimeOptions = {
  attachmentEncoding: "arraybuffer",
  forceRfc822Attachments: true,
  maxRfc822NestingDepth: 0,
};

interface Settings extends ArchiveReader {
  readonly maxDepth: number;
}

type Flags = { -readonly [K in keyof SnapshotFlags]: SnapshotFlags[K] };

interface ReadResult {
  readonly email: Email;
  /** Ids and names relative to this message; the caller prefixes them. */
  readonly attachments: Attachment[];
  readonly flags: Flags;
}

export async function parseEml(bytes: Uint8Array, options: ParseEmlOptions = {}): Promise<EmlResult> {
  const maxBytes = limit(options.maxBytes, DEFAULT_MAX_BYTES);
  const problem = inputProblem(bytes, maxBytes);
  if (problem) return { ok: false, error: problem };
  const settings: Settings = {
    maxDepth: limit(options.maxDepth, DEFAULT_MAX_DEPTH),
    listArchive: options.listArchive,
    archiveMaxBytes: limit(options.archiveMaxBytes, DEFAULT_ARCHIVE_MAX_BYTES),
  };
  try {
    const { email, attachments, flags } = await readMessage(bytes, settings, 0);
    return { ok: true, snapshot: toSnapshot(email, attachments, flags) };
  } catch (error) {
    return { ok: false, error: `could not parse the message: ${errorText(error)}` };
  }
}

/** A caller's NaN or negative limit must not switch a bound off: fall back to the default. */
function limit(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value >= 0 ? Math.floor(value) : fallback;
}

async function readMessage(bytes: Uint8Array, settings: Settings, depth: number): Promise<ReadResult> {
  // Attachments too big to list as archives are only measured: their bytes would cost memory and nothing else.
  const repaired = repairMessage(bytes, { elideOver: Math.max(settings.archiveMaxBytes, MIN_ELIDE_BYTES) });
  const email = await PostalMime.parse(repaired.bytes, POSTAL_MIME_OPTIONS);
  const flags: Flags = {};
  // Parts postal-mime cannot split out may hold body text as well as attachments.
  if (repaired.truncated === "body" || repaired.unreadParts) flags.bodyTruncated = true;
  if (repaired.truncated === "attachment" || repaired.unreadParts) flags.attachmentsIncomplete = true;

  const attachments: Attachment[] = [];
  for (const [index, part] of email.attachments.entries()) {
    const content = contentBytes(part);
    // Drop postal-mime's copy as we go, so a message with many large parts is not held twice.
    part.content = new ArrayBuffer(0);
    if (!isAttachedMessage(part)) {
      attachments.push(fileAttachment(part, content, String(index), index, settings, elidedPart(content, repaired.elided)));
      continue;
    }
    const item = { id: String(index), size: content.length, kind: "item" as const, inline: false, contentType: part.mimeType };
    if (depth >= settings.maxDepth) {
      flags.nestedMessagesTooDeep = true;
      const name = part.filename || fallbackName(index, part.mimeType);
      attachments.push({ ...item, name, contentUnavailable: `attached message nested more than ${settings.maxDepth} levels deep: not read` });
      continue;
    }
    const inner = await readAttached(content, settings, depth + 1);
    const name = part.filename || messageName(inner.ok ? inner.read.email.subject : undefined) || fallbackName(index, part.mimeType);
    if (!inner.ok) {
      if (inner.hidesContent) flags.attachmentsIncomplete = true;
      attachments.push({ ...item, name, contentUnavailable: `attached message could not be read: ${inner.error}` });
      continue;
    }
    attachments.push({ ...item, name });
    for (const child of inner.read.attachments) {
      attachments.push({ ...child, id: `${index}.${child.id}`, name: `${name}${NESTED_NAME_SEPARATOR}${child.name}` });
    }
    if (inner.read.flags.nestedMessagesTooDeep) flags.nestedMessagesTooDeep = true;
    if (inner.read.flags.attachmentsIncomplete) flags.attachmentsIncomplete = true;
  }
  return { email, attachments, flags };
}

type Attached = { ok: true; read: ReadResult } | { ok: false; error: string; hidesContent: boolean };

async function readAttached(bytes: Uint8Array, settings: Settings, depth: number): Promise<Attached> {
  const problem = inputProblem(bytes, Number.POSITIVE_INFINITY);
  // An empty attached message hides nothing; one we could not parse may hide attachments.
  if (problem) return { ok: false, error: problem, hidesContent: problem !== "empty file" };
  try {
    return { ok: true, read: await readMessage(bytes, settings, depth) };
  } catch (error) {
    return { ok: false, error: errorText(error), hidesContent: true };
  }
}

function toSnapshot(email: Email, attachments: readonly Attachment[], flags: Flags): MessageSnapshot {
  const body: { html?: string; text?: string } = {};
  if (email.html !== undefined) body.html = email.html;
  if (email.text !== undefined) body.text = email.text;
  const sender = email.from ? firstMailbox(email.from) : undefined;
  return {
    ...(sender ? { sender } : {}),
    recipients: recipients(email),
    subject: email.subject ?? "",
    body,
    attachments: attachments.map((a) => ({ ...a, id: `eml-${a.id}` })),
    flags,
  };
}

function firstMailbox(address: Address): Mailbox | undefined {
  const box = address.group ? address.group[0] : address;
  if (!box || (!box.address && !box.name)) return undefined;
  return { address: box.address ?? "", displayName: box.name ?? "" };
}

/** To, Cc and Bcc in that order, group members flattened (the group name itself is not an address). */
function recipients(email: Email): Recipient[] {
  const out: Recipient[] = [];
  for (const field of ["to", "cc", "bcc"] as const satisfies readonly RecipientField[]) {
    for (const address of email[field] ?? []) {
      for (const box of address.group ?? [address]) {
        if (!box.address && !box.name) continue;
        out.push({ field, address: box.address ?? "", displayName: box.name ?? "" });
      }
    }
  }
  return out;
}
