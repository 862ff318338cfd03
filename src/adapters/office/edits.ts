/**
 * Applies one suggestion's edit to the compose item, only ever on the user's click. Each edit
 * reads the field it changes first and writes it once, so a failed call leaves the item as it
 * was; the caller re-reads the item and re-checks afterwards. Sharing a file as a link needs the
 * link the user pasted: the pane asks for it and puts it inside the insertShareLink edit.
 */
import type { Edit, ShareLink } from "../../engine/rule";
import type { RecipientField } from "../../engine/snapshot";
import type { EditResult } from "../../ports/host";
import { officeCall } from "./async";

type ComposeItem = Office.MessageCompose;
const FIELDS: readonly RecipientField[] = ["to", "cc", "bcc"];


const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

function getRecipients(item: ComposeItem, field: RecipientField): Promise<Office.EmailAddressDetails[]> {
  return officeCall(`${field}.getAsync`, (cb) => item[field].getAsync(cb));
}

function setRecipients(item: ComposeItem, field: RecipientField, list: Office.EmailAddressDetails[]): Promise<void> {
  // setAsync takes display name and address; recipientType is Outlook's to decide.
  const plain = list.map((r) => ({ displayName: r.displayName, emailAddress: r.emailAddress }));
  return officeCall(`${field}.setAsync`, (cb) => item[field].setAsync(plain, cb));
}

async function replaceRecipient(item: ComposeItem, field: RecipientField, address: string, replacement: string): Promise<void> {
  const list = await getRecipients(item, field);
  if (!list.some((r) => same(r.emailAddress, address))) throw new Error(`${address} is no longer in ${field.toUpperCase()}`);
  // A display name equal to the mistyped address would keep showing the typo.
  await setRecipients(
    item,
    field,
    list.map((r) => (same(r.emailAddress, address) ? { ...r, emailAddress: replacement, displayName: same(r.displayName, address) ? replacement : r.displayName } : r)),
  );
}

/** Removes one occurrence: a duplicate's other copies stay, and the first copy is what is kept. */
async function removeRecipient(item: ComposeItem, field: RecipientField, address: string): Promise<void> {
  const list = await getRecipients(item, field);
  const at = lastIndex(list, address);
  if (at < 0) throw new Error(`${address} is no longer in ${field.toUpperCase()}`);
  await setRecipients(item, field, [...list.slice(0, at), ...list.slice(at + 1)]);
}

function lastIndex(list: readonly Office.EmailAddressDetails[], address: string): number {
  for (let i = list.length - 1; i >= 0; i -= 1) if (same(list[i].emailAddress, address)) return i;
  return -1;
}

/**
 * To and Cc lose the addresses, Bcc gains them (once). Bcc is written first: should a later call
 * fail, the recipients are in two fields rather than in none.
 */
async function moveToBcc(item: ComposeItem, addresses: readonly string[]): Promise<void> {
  const [to, cc, bcc] = await Promise.all(FIELDS.map((f) => getRecipients(item, f)));
  const moving = [...to, ...cc].filter((r) => addresses.some((a) => same(a, r.emailAddress)));
  const added = moving.filter((r, i) => !bcc.some((b) => same(b.emailAddress, r.emailAddress)) && moving.findIndex((m) => same(m.emailAddress, r.emailAddress)) === i);
  if (added.length > 0) await setRecipients(item, "bcc", [...bcc, ...added]);
  const keep = (list: Office.EmailAddressDetails[]) => list.filter((r) => !addresses.some((a) => same(a, r.emailAddress)));
  if (keep(to).length !== to.length) await setRecipients(item, "to", keep(to));
  if (keep(cc).length !== cc.length) await setRecipients(item, "cc", keep(cc));
}

function removeAttachment(item: ComposeItem, attachmentId: string): Promise<void> {
  return officeCall("removeAttachmentAsync", (cb) => item.removeAttachmentAsync(attachmentId, cb));
}

/** The link goes in first: if removing the file then fails, the recipient still gets the file. */
async function shareInstead(item: ComposeItem, attachmentId: string, link: ShareLink | undefined): Promise<void> {
  if (!link || !/^https:\/\//i.test(link.url)) throw new Error("a share link starting with https:// is needed");
  await officeCall("body.prependAsync", (cb) => item.body.prependAsync(link.html, { coercionType: Office.CoercionType.Html }, cb));
  await removeAttachment(item, attachmentId);
}

export async function applyEdit(item: ComposeItem | undefined, edit: Edit): Promise<EditResult> {
  if (!item) return { ok: false, error: "No message is open for composing." };
  try {
    switch (edit.type) {
      case "removeAttachment":
        await removeAttachment(item, edit.attachmentId);
        break;
      case "replaceRecipient":
        await replaceRecipient(item, edit.field, edit.address, edit.replacement);
        break;
      case "removeRecipient":
        await removeRecipient(item, edit.field, edit.address);
        break;
      case "moveRecipientsToBcc":
        await moveToBcc(item, edit.addresses);
        break;
      case "insertShareLink":
        await shareInstead(item, edit.attachmentId, edit.link);
        break;
    }
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
