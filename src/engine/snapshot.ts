/**
 * The message as the engine sees it. Plain, readonly and serialisable so the same value can come
 * from Outlook (office adapter), from an .eml file (eml adapter) or from a test, and can be
 * passed between the pane and the Smart Alerts handler through `sessionData` as JSON.
 */

export type RecipientField = "to" | "cc" | "bcc";

export interface Mailbox {
  readonly address: string;
  readonly displayName: string;
}

export interface Recipient extends Mailbox {
  readonly field: RecipientField;
  /** Office's `recipientType` ("user", "distributionList", "externalUser"…) when the host knows it. */
  readonly recipientType?: string;
}

export interface ArchiveEntry {
  /** Path inside the archive, '/'-separated, as stored (never used to touch the file system). */
  readonly path: string;
  /** Uncompressed size as declared by the archive. */
  readonly size: number;
  readonly encrypted: boolean;
  /** Listing of an archive inside this archive, when we could read it within our bounds. */
  readonly listing?: ArchiveListing;
}

/** The container, as src/archive/formats.ts tells it from the bytes ("zip", "7z", "tar", "gzip"…). */
export type ArchiveFormat = string;

export interface ArchiveListing {
  readonly format: ArchiveFormat;
  readonly entries: readonly ArchiveEntry[];
  /** True when the listing stopped early (entry cap, depth cap, size cap). */
  readonly truncated: boolean;
  /** Set when the bytes are not a readable archive; `entries` is then empty. */
  readonly unreadable?: string;
  /** Even the file names are encrypted (7z -mhe, rar -hp): nothing can be listed without the password. */
  readonly encryptedHeaders?: boolean;
}

export type AttachmentKind = "file" | "item" | "cloud";

export interface Attachment {
  readonly id: string;
  readonly name: string;
  /** Raw size in bytes as the host reports it (0 can mean "unknown until saved"). */
  readonly size: number;
  readonly kind: AttachmentKind;
  readonly inline: boolean;
  readonly contentType?: string;
  /** Present only when the shell read the bytes and they are an archive. */
  readonly archive?: ArchiveListing;
  /** Why the content could not be read (too big, timeout, host error…), when it was attempted. */
  readonly contentUnavailable?: string;
}

/** Result of the opt-in DNS look-up gathered by the shell for `recipient-domain-unreachable`. */
export interface DomainCheck {
  readonly domain: string;
  readonly status: "ok" | "no-mail-host" | "null-mx" | "not-found" | "error";
}

/** What the adapter could not fill; rules say "not checked" instead of guessing. */
export interface SnapshotFlags {
  readonly attachmentsIncomplete?: boolean;
  readonly recipientsIncomplete?: boolean;
  readonly bodyTruncated?: boolean;
  /** Attached messages nested deeper than the adapter reads: their attachments are unseen. */
  readonly nestedMessagesTooDeep?: boolean;
}

export interface MessageSnapshot {
  readonly sender?: Mailbox;
  readonly recipients: readonly Recipient[];
  readonly subject: string;
  readonly body: { readonly html?: string; readonly text?: string };
  readonly attachments: readonly Attachment[];
  readonly domainChecks?: readonly DomainCheck[];
  readonly flags: SnapshotFlags;
}
