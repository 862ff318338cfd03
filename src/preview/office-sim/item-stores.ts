/**
 * item.notificationMessages (Mailbox 1.3) and item.sessionData (1.11), with Outlook's limits and
 * failures: a sixth bar, a too-long message, an unknown type or a missing key fail through the
 * callback, as they do in Outlook, so the real code's error paths run in the preview too.
 */
import { failed, lastCallback, later, ok } from "./async";
import type { SimNotification, SimState } from "./state";

export const NOTIFICATION_TYPES = {
  ProgressIndicator: "progressIndicator",
  InformationalMessage: "informationalMessage",
  ErrorMessage: "errorMessage",
  InsightMessage: "insightMessage",
} as const;

/** Outlook's documented limits. */
export const MAX_NOTIFICATIONS = 5;
export const MAX_NOTIFICATION_KEY = 32;
export const MAX_NOTIFICATION_MESSAGE = 150;
/** sessionData holds at most 50,000 characters per add-in (keys and values together). */
export const MAX_SESSION_CHARS = 50_000;

interface NotificationDetails {
  type?: string;
  message?: string;
  icon?: string;
  persistent?: boolean;
}

/** Why a notification is refused, or undefined when Outlook would take it. */
function refusal(key: string, details: NotificationDetails): [number, string, string] | undefined {
  if (typeof key !== "string" || key === "" || key.length > MAX_NOTIFICATION_KEY) {
    return [9012, "InvalidKey", `The key must be 1 to ${MAX_NOTIFICATION_KEY} characters.`];
  }
  if (!Object.values(NOTIFICATION_TYPES).includes(details?.type as never)) {
    return [9010, "InvalidNotificationType", `Unknown notification type "${String(details?.type)}".`];
  }
  const message = details.message ?? "";
  if (message === "" || Array.from(message).length > MAX_NOTIFICATION_MESSAGE) {
    return [9011, "MessageTooLong", `The message must be 1 to ${MAX_NOTIFICATION_MESSAGE} characters.`];
  }
  return undefined;
}

function toStored(key: string, details: NotificationDetails): SimNotification {
  return { key, type: String(details.type), message: String(details.message), icon: details.icon, persistent: details.persistent };
}

export function notificationMessages(state: SimState, changed: () => void) {
  const put = (key: string, details: NotificationDetails, args: unknown[], replace: boolean): void => {
    const callback = lastCallback<void>(args);
    const problem = refusal(key, details);
    if (problem) return later(callback, failed(undefined, ...problem));
    const at = state.notifications.findIndex((n) => n.key === key);
    if (at >= 0 && !replace) return later(callback, failed(undefined, 9013, "DuplicateNotificationKey", `A notification with key "${key}" already exists.`));
    if (at < 0 && state.notifications.length >= MAX_NOTIFICATIONS) {
      return later(callback, failed(undefined, 9014, "NumberOfNotificationMessagesExceeded", `At most ${MAX_NOTIFICATIONS} notifications per message.`));
    }
    const stored = toStored(key, details);
    state.notifications = at >= 0 ? state.notifications.map((n, i) => (i === at ? stored : n)) : [...state.notifications, stored];
    later(callback, ok(undefined));
    changed();
  };
  return {
    addAsync: (key: string, details: NotificationDetails, ...args: unknown[]) => put(key, details, args, false),
    // replaceAsync adds the notification when the key is new (Outlook documents this).
    replaceAsync: (key: string, details: NotificationDetails, ...args: unknown[]) => put(key, details, args, true),
    removeAsync: (key: string, ...args: unknown[]) => {
      const callback = lastCallback<void>(args);
      if (!state.notifications.some((n) => n.key === key)) {
        return later(callback, failed(undefined, 9015, "KeyNotFound", `No notification with key "${key}".`));
      }
      state.notifications = state.notifications.filter((n) => n.key !== key);
      later(callback, ok(undefined));
      changed();
    },
    getAllAsync: (...args: unknown[]) => later(lastCallback(args), ok(state.notifications.map((n) => ({ ...n })))),
  };
}

const sessionChars = (data: Record<string, string>): number =>
  Object.entries(data).reduce((sum, [key, value]) => sum + key.length + value.length, 0);

export function sessionData(state: SimState) {
  return {
    getAsync: (key: string, ...args: unknown[]) => {
      const callback = lastCallback<string>(args);
      // Outlook reports a key that was never set as a failure, not as an empty value.
      if (!Object.prototype.hasOwnProperty.call(state.sessionData, key)) {
        return later(callback, failed("", 9016, "KeyNotFound", `No session data with key "${key}".`));
      }
      later(callback, ok(state.sessionData[key]));
    },
    setAsync: (key: string, value: string, ...args: unknown[]) => {
      const callback = lastCallback<void>(args);
      if (typeof key !== "string" || key === "" || typeof value !== "string") {
        return later(callback, failed(undefined, 9017, "InvalidSessionData", "Session data keys and values are strings."));
      }
      const next = { ...state.sessionData, [key]: value };
      if (sessionChars(next) > MAX_SESSION_CHARS) {
        return later(callback, failed(undefined, 9018, "SessionDataObjectMaxLengthExceeded", `Session data is limited to ${MAX_SESSION_CHARS} characters.`));
      }
      state.sessionData = next;
      later(callback, ok(undefined));
    },
    removeAsync: (key: string, ...args: unknown[]) => {
      const { [key]: _removed, ...rest } = state.sessionData;
      state.sessionData = rest;
      later(lastCallback<void>(args), ok(undefined));
    },
    getAllAsync: (...args: unknown[]) => later(lastCallback<Record<string, string>>(args), ok({ ...state.sessionData })),
    clearAsync: (...args: unknown[]) => {
      state.sessionData = {};
      later(lastCallback<void>(args), ok(undefined));
    },
  };
}

/** OfficeRuntime.storage: promise-based, strings only, like the real one. */
export function runtimeStorage(state: SimState) {
  return {
    getItem: (key: string): Promise<string | null> =>
      Promise.resolve(Object.prototype.hasOwnProperty.call(state.runtimeStorage, key) ? state.runtimeStorage[key] : null),
    setItem: (key: string, value: string): Promise<void> => {
      if (typeof value !== "string") return Promise.reject(new Error("OfficeRuntime.storage stores strings only."));
      state.runtimeStorage = { ...state.runtimeStorage, [key]: value };
      return Promise.resolve();
    },
    removeItem: (key: string): Promise<void> => {
      const { [key]: _removed, ...rest } = state.runtimeStorage;
      state.runtimeStorage = rest;
      return Promise.resolve();
    },
  };
}
