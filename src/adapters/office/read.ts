/**
 * Reads the compose item into a MessageSnapshot. Partial failures become snapshot flags so the
 * check still runs on what could be read; only a missing item is an error. readCompose also
 * names the reads that failed: at Send, a check without them is a check that could not run.
 */
import type { Attachment, Mailbox, MessageSnapshot, Recipient, RecipientField, SnapshotFlags } from "../../engine/snapshot";
import { officeCall, supportsMailbox } from "./async";

type ComposeItem = Office.MessageCompose;

export interface ReadOptions {
  /**
   * Reads what is inside an attachment (the pane passes archiveReader(listZip, …), see
   * archive-content.ts). Left out, contents are not read: the Send handler's file stays small
   * (no zip code in it) and within its deadline.
   */
  readonly readContent?: (item: ComposeItem, attachment: Attachment) => Promise<Attachment>;
}

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

function readSender(item: ComposeItem): Promise<Mailbox | undefined> {
  // item.from is Mailbox 1.7 in compose; older hosts simply have no sender in the snapshot.
  if (!supportsMailbox("1.7") || !item.from) return Promise.resolve(undefined);
  return officeCall<Office.EmailAddressDetails>("from.getAsync", (cb) => item.from.getAsync(cb)).then((from) =>
    from?.emailAddress ? { address: from.emailAddress, displayName: from.displayName ?? "" } : undefined,
  );
}

/** HTML as recipients see it; plain text when the host will not give HTML. A promise chain, not an async function: each costs the Send handler a generator wrapper. */
function readBody(item: ComposeItem): Promise<MessageSnapshot["body"]> {
  const read = (coercion: Office.CoercionType) => officeCall<string>("body.getAsync", (cb) => item.body.getAsync(coercion, cb)).then(String);
  return read(Office.CoercionType.Html).then(
    (html) => ({ html }),
    () => read(Office.CoercionType.Text).then((text) => ({ text })),
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

/**
 * Promise.allSettled is ES2020, which classic Outlook's older JS-only runtimes lack; the Send
 * handler reads the item through here, so this is the same thing from ES2015 parts.
 */
function allSettled(promises: readonly Promise<unknown>[]): Promise<PromiseSettledResult<unknown>[]> {
  return Promise.all(
    promises.map((p) =>
      p.then(
        (value): PromiseSettledResult<unknown> => ({ status: "fulfilled", value }),
        (reason: unknown): PromiseSettledResult<unknown> => ({ status: "rejected", reason }),
      ),
    ),
  );
}

export interface ComposeRead {
  readonly snapshot: MessageSnapshot;
  /** How many of Outlook's reads (sender, subject, body, attachments, to, cc, bcc) failed, threw or never answered. */
  readonly failedReads: number;
}

/** What the pane shows: the snapshot of whatever could be read (see the flags). */
export function readComposeSnapshot(item: ComposeItem | undefined, options: ReadOptions = {}): Promise<MessageSnapshot> {
  return readCompose(item, options).then((read) => read.snapshot);
}

// A promise chain, not an async function: each costs the Send handler a generator wrapper.
export function readCompose(item: ComposeItem | undefined, options: ReadOptions = {}): Promise<ComposeRead> {
  if (!item) return Promise.reject(new Error("No message is open for composing."));
  const fields: RecipientField[] = ["to", "cc", "bcc"];
  const recipientCalls = fields.map((f) => readRecipients(f, item[f]));
  const attachmentCall = supportsMailbox("1.8")
    ? officeCall<Office.AttachmentDetailsCompose[]>("getAttachmentsAsync", (cb) => item.getAttachmentsAsync(cb))
    : Promise.reject(new Error("Mailbox 1.8 is not supported"));

  return allSettled([
    readSender(item),
    officeCall<string>("subject.getAsync", (cb) => item.subject.getAsync(cb)),
    readBody(item),
    attachmentCall,
    ...recipientCalls,
  ]).then((results) => {
    const [sender, subject, body, attachments, ...recipientLists] = results;
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
    if (body.status === "rejected") flags.bodyTruncated = true;
    const senderValue = sender.status === "fulfilled" ? (sender.value as Mailbox | undefined) : undefined;
    const readContent = options.readContent;
    const contents = readContent ? Promise.all(attachmentList.map((a) => readContent(item, a))) : Promise.resolve(attachmentList);
    return contents.then((list) => {
      const snapshot: MessageSnapshot = {
        ...(senderValue ? { sender: senderValue } : {}),
        recipients,
        subject: subject.status === "fulfilled" ? String(subject.value) : "",
        body: body.status === "fulfilled" ? (body.value as MessageSnapshot["body"]) : {},
        attachments: list,
        flags,
      };
      return { snapshot, failedReads: results.filter((r) => r.status === "rejected").length };
    });
  });
}
