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

// Promise chains rather than async functions: this file is in the Send handler, where each
// async function costs a generator wrapper (ES2016 output) out of a tight budget.
export function readSessionValue(item: Office.MessageCompose, key: string): Promise<string | undefined> {
  if (!supportsMailbox("1.11") || !item.sessionData) return Promise.resolve(undefined);
  return officeCall<string>("sessionData.getAsync", (cb) => item.sessionData.getAsync(key, cb), SESSION_TIMEOUT_MS).then(
    (value) => (typeof value === "string" && value !== "" ? value : undefined),
    () => undefined, // a key never set is reported as a failure by Outlook
  );
}

export function writeSessionValue(item: Office.MessageCompose, key: string, value: string): Promise<boolean> {
  if (!supportsMailbox("1.11") || !item.sessionData) return Promise.resolve(false);
  return officeCall<void>("sessionData.setAsync", (cb) => item.sessionData.setAsync(key, value, cb), SESSION_TIMEOUT_MS).then(
    () => true,
    () => false,
  );
}
