/**
 * The task pane's host when it runs in Outlook: every PaneHost capability built on Office.js.
 * Features missing from an older Outlook degrade to "not available" instead of throwing.
 */
import type { Edit } from "../../engine/rule";
import type { EffectivePolicy } from "../../engine/policy/types";
import type { ArchiveListing } from "../../engine/snapshot";
import type { SevenZipRunner } from "../../archive/sevenzip-load";
import { pickLocale } from "../../engine/format";
import { MAX_NOTIFICATION, type EditResult, type LastSendResult, type LoadedPolicy, type PaneHost } from "../../ports/host";
import { officeCall, supportsMailbox } from "./async";
import { archiveReader } from "./archive-content";
import { applyEdit } from "./edits";
import { readComposeSnapshot } from "./read";
import { isDarkTheme } from "./theme";
import { readSessionValue, LAST_SEND_KEY } from "./session";

/** One notification of ours on the item; replaceAsync keeps it to one. */
export const NOTIFICATION_KEY = "mailPreflightStatus";

/**
 * The archive lister (the zip reader, with fflate's inflate) is fetched the first time a message
 * has an archive to list: most messages have none, and the pane's first verdict should not wait
 * for its code. 7-Zip (the "archive" chunk and its .wasm file, ~1.6 MB, from the add-in's own
 * origin) only when an archive is not a zip or holds one that is not. A failed fetch becomes the
 * attachment's "content unavailable", or the archive's "not checked", like any other read failure.
 */
let sevenZip: Promise<SevenZipRunner> | undefined;
const loadSevenZipLater = (): Promise<SevenZipRunner> => {
  sevenZip ??= import(/* webpackChunkName: "archive" */ "../../archive/sevenzip-load").then((m) => m.loadSevenZip());
  // A failed fetch (offline for a moment) is tried again for the next archive.
  sevenZip.catch(() => (sevenZip = undefined));
  return sevenZip;
};
const listArchiveLater = (bytes: Uint8Array, name: string): Promise<ArchiveListing> =>
  import(/* webpackChunkName: "zip" */ "../../archive/lister").then((m) => m.listArchiveLazily(bytes, name, loadSevenZipLater));

const item = (): Office.MessageCompose | undefined => Office.context.mailbox?.item as Office.MessageCompose | undefined;

async function openUrl(url: string): Promise<EditResult> {
  try {
    if (!/^https:\/\//i.test(url)) throw new Error(`${url} is not an https:// address`);
    // openBrowserWindow (Mailbox 1.5 era, now OpenBrowserWindowApi 1.1) opens the user's browser,
    // not a pane-sized dialog, which is what a drive's upload page needs.
    if (typeof Office.context.ui?.openBrowserWindow !== "function") throw new Error("this Outlook cannot open a browser window");
    Office.context.ui.openBrowserWindow(url);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

async function watchItem(onChange: () => void): Promise<() => void> {
  const current = item();
  if (!current || typeof current.addHandlerAsync !== "function") return () => undefined;
  // Registered on the item: the mailbox-level events are about switching items, not editing one.
  const types = [Office.EventType.RecipientsChanged, Office.EventType.AttachmentsChanged];
  const added: Office.EventType[] = [];
  for (const type of types) {
    try {
      await officeCall<void>(`addHandlerAsync(${String(type)})`, (cb) => current.addHandlerAsync(type, onChange, cb));
      added.push(type);
    } catch {
      // An older Outlook without the event: the pane's focus and timer re-checks still run.
    }
  }
  return () => {
    for (const type of added) {
      try {
        current.removeHandlerAsync(type, () => undefined);
      } catch {
        // The compose window may already be gone; nothing is left to stop.
      }
    }
  };
}

async function setNotification(text: string | undefined): Promise<void> {
  const current = item();
  const messages = current?.notificationMessages;
  if (!messages) return;
  if (text === undefined) {
    await officeCall<void>("notificationMessages.removeAsync", (cb) => messages.removeAsync(NOTIFICATION_KEY, cb)).catch(() => undefined);
    return;
  }
  const chars = Array.from(text);
  const message = chars.length <= MAX_NOTIFICATION ? text : `${chars.slice(0, MAX_NOTIFICATION - 1).join("")}…`;
  await officeCall<void>("notificationMessages.replaceAsync", (cb) =>
    messages.replaceAsync(
      NOTIFICATION_KEY,
      { type: Office.MailboxEnums.ItemNotificationMessageType.InformationalMessage, message, icon: "Icon.16x16", persistent: true },
      cb,
    ),
  );
}

async function readLastSend(): Promise<LastSendResult | undefined> {
  const current = item();
  if (!current) return undefined;
  const raw = await readSessionValue(current, LAST_SEND_KEY);
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<LastSendResult>;
    if (typeof value.at !== "number" || typeof value.allowed !== "boolean" || !Array.isArray(value.ruleIds)) return undefined;
    const ruleIds = value.ruleIds.filter((id): id is string => typeof id === "string");
    const problem = value.policyProblem === "unreachable" || value.policyProblem === "invalid" ? { policyProblem: value.policyProblem } : {};
    return { at: value.at, allowed: value.allowed, ruleIds, ...problem };
  } catch {
    return undefined; // written by another version: ignore rather than fail the pane
  }
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage disabled (private mode, policy): settings just aren't remembered
  }
}

export interface OfficeHostOptions {
  readonly loadPolicy: () => Promise<LoadedPolicy>;
}

export function createOfficeHost({ loadPolicy }: OfficeHostOptions): PaneHost {
  return {
    displayLocale: pickLocale(Office.context.displayLanguage),
    dark: isDarkTheme(),
    loadPolicy,
    readSnapshot: (policy: EffectivePolicy) =>
      readComposeSnapshot(item(), {
        readContent: supportsMailbox("1.8") ? archiveReader(listArchiveLater, { archiveMaxBytes: policy.archiveScanMaxBytes }) : undefined,
      }),
    applyEdit: (edit: Edit) => applyEdit(item(), edit),
    openUrl,
    watchItem,
    setNotification,
    readLastSend,
    loadSetting: (key) => storage()?.getItem(`mailPreflight.${key}`) ?? undefined,
    saveSetting: (key, value) => {
      try {
        storage()?.setItem(`mailPreflight.${key}`, value);
      } catch {
        // Quota or disabled storage: the choice lasts for this session only.
      }
    },
  };
}
