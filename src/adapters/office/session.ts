/**
 * item.sessionData (Mailbox 1.11): a small store that lives as long as the compose item, shared
 * by the pane and the Send handler. Both sides treat it as optional: an Outlook without it, or a
 * failed call, means nothing is shared.
 */
import { officeCall, supportsMailbox } from "./async";

/** What the Send handler decided last (JSON of LastSendResult). */
export const LAST_SEND_KEY = "mailPreflight.lastSend";

/** Short: the handler may run with little of its deadline left. */
const SESSION_TIMEOUT_MS = 1000;

export async function readSessionValue(item: Office.MessageCompose, key: string): Promise<string | undefined> {
  if (!supportsMailbox("1.11") || !item.sessionData) return undefined;
  try {
    const value = await officeCall<string>("sessionData.getAsync", (cb) => item.sessionData.getAsync(key, cb), SESSION_TIMEOUT_MS);
    return typeof value === "string" && value !== "" ? value : undefined;
  } catch {
    return undefined; // a key never set is reported as a failure by Outlook
  }
}

export async function writeSessionValue(item: Office.MessageCompose, key: string, value: string): Promise<boolean> {
  if (!supportsMailbox("1.11") || !item.sessionData) return false;
  try {
    await officeCall<void>("sessionData.setAsync", (cb) => item.sessionData.setAsync(key, value, cb), SESSION_TIMEOUT_MS);
    return true;
  } catch {
    return false;
  }
}
