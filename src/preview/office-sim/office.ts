/**
 * A simulated Office.js: the subset Mail Preflight uses, with Office's semantics (callbacks get an
 * AsyncResult with status/value/error, asynchronously; item events through addHandlerAsync), so the
 * real adapter, task pane and Smart Alerts handler run unmodified in a plain browser.
 */
import { failed, lastCallback, later, ok } from "./async";
import { NOTIFICATION_TYPES, notificationMessages, runtimeStorage, sessionData } from "./item-stores";
import type { SimRecipient, SimState } from "./state";

const RECIPIENTS_CHANGED = "olkRecipientsChanged";
const ATTACHMENTS_CHANGED = "olkAttachmentsChanged";

type Field = "to" | "cc" | "bcc";
/** What changed, for the compose side to redraw: item events plus what only the page shows. */
export type SimChange = "recipients" | "attachments" | "subject" | "body" | "notifications" | "browser";

export interface OfficeSim {
  office: unknown;
  /** The OfficeRuntime global (storage only), installed beside Office. */
  runtime: unknown;
  state: SimState;
  /**
   * Something changed the item: the compose side redraws, and for recipients and attachments the
   * handlers registered with addHandlerAsync get Outlook's event.
   */
  notify(change: SimChange, fields?: readonly Field[]): void;
  /** The compose side's own listener (redraws after the pane's edits). Returns the unsubscribe. */
  subscribe(listener: (change: SimChange) => void): () => void;
  /** The pane is closed or reloaded: Outlook drops the handlers it registered. */
  dropItemHandlers(): void;
  actions: Map<string, (event: unknown) => unknown>;
}

const copy = (list: readonly SimRecipient[]): SimRecipient[] =>
  list.map((r) => ({ displayName: r.displayName ?? "", emailAddress: r.emailAddress }));

export function createOfficeSim(state: SimState): OfficeSim {
  const handlers = new Map<string, Set<(event: unknown) => void>>();
  const listeners = new Set<(change: SimChange) => void>();
  const actions = new Map<string, (event: unknown) => unknown>();

  function notify(change: SimChange, fields: readonly Field[] = ["to", "cc", "bcc"]): void {
    for (const listener of listeners) listener(change);
    if (change !== "recipients" && change !== "attachments") return;
    const type = change === "recipients" ? RECIPIENTS_CHANGED : ATTACHMENTS_CHANGED;
    const event =
      change === "recipients"
        ? { type, changedRecipientFields: { to: fields.includes("to"), cc: fields.includes("cc"), bcc: fields.includes("bcc") } }
        : { type };
    for (const handler of handlers.get(type) ?? []) {
      setTimeout(() => {
        try {
          handler(event);
        } catch {
          // A handler from a pane page that has since been reloaded: Outlook would not call it.
        }
      }, 0);
    }
  }

  const recipientsOf = (field: Field) => ({
    getAsync: (...args: unknown[]) =>
      later(lastCallback<SimRecipient[]>(args), ok(state[field].map((r) => ({ ...r, recipientType: "other" })))),
    setAsync: (list: SimRecipient[], ...args: unknown[]) => {
      state[field] = copy(list);
      later(lastCallback<void>(args), ok(undefined));
      notify("recipients", [field]);
    },
    addAsync: (list: SimRecipient[], ...args: unknown[]) => {
      state[field] = [...state[field], ...copy(list)];
      later(lastCallback<void>(args), ok(undefined));
      notify("recipients", [field]);
    },
  });

  const item = {
    itemType: "message",
    from: { getAsync: (...args: unknown[]) => later(lastCallback<SimRecipient>(args), ok({ ...state.from })) },
    subject: {
      getAsync: (...args: unknown[]) => later(lastCallback<string>(args), ok(state.subject)),
      setAsync: (value: string, ...args: unknown[]) => {
        state.subject = value;
        later(lastCallback<void>(args), ok(undefined));
        notify("subject");
      },
    },
    to: recipientsOf("to"),
    cc: recipientsOf("cc"),
    bcc: recipientsOf("bcc"),
    body: {
      getAsync: (coercion: string, ...args: unknown[]) => {
        const text = state.bodyHtml.replace(/<[^>]*>/g, " ");
        later(lastCallback<string>(args), ok(coercion === "html" ? state.bodyHtml : text));
      },
      setAsync: (value: string, ...args: unknown[]) => {
        state.bodyHtml = value;
        later(lastCallback<void>(args), ok(undefined));
        notify("body");
      },
      prependAsync: (value: string, ...args: unknown[]) => {
        state.bodyHtml = value + state.bodyHtml;
        later(lastCallback<void>(args), ok(undefined));
        notify("body");
      },
    },
    notificationMessages: notificationMessages(state, () => notify("notifications")),
    sessionData: sessionData(state),
    getAttachmentsAsync: (...args: unknown[]) =>
      later(
        lastCallback(args),
        ok(state.attachments.map(({ id, name, size, isInline, attachmentType }) => ({ id, name, size, isInline, attachmentType }))),
      ),
    getAttachmentContentAsync: (id: string, ...args: unknown[]) => {
      const found = state.attachments.find((a) => a.id === id);
      if (!found || found.base64 === undefined) {
        later(lastCallback(args), failed(undefined, 9043, "AttachmentTypeNotSupported", "The attachment content is not available."));
      } else later(lastCallback(args), ok({ format: "base64", content: found.base64 }));
    },
    removeAttachmentAsync: (id: string, ...args: unknown[]) => {
      const before = state.attachments.length;
      state.attachments = state.attachments.filter((a) => a.id !== id);
      if (state.attachments.length === before) {
        later(lastCallback<void>(args), failed(undefined, 9002, "InvalidAttachmentId", "The attachment ID does not exist."));
        return;
      }
      later(lastCallback<void>(args), ok(undefined));
      notify("attachments");
    },
    addHandlerAsync: (type: string, handler: (event: unknown) => void, ...args: unknown[]) => {
      if (type !== RECIPIENTS_CHANGED && type !== ATTACHMENTS_CHANGED) {
        later(lastCallback<void>(args), failed(undefined, 5001, "InvalidEventType", `Event type "${type}" is not supported here.`));
        return;
      }
      if (!handlers.has(type)) handlers.set(type, new Set());
      handlers.get(type)?.add(handler);
      later(lastCallback<void>(args), ok(undefined));
    },
    removeHandlerAsync: (type: string, ...args: unknown[]) => {
      // Office removes every handler of the type the add-in registered.
      handlers.delete(type);
      later(lastCallback<void>(args), ok(undefined));
    },
  };

  const office = {
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Outlook", platform: "OfficeOnline" };
      if (callback) setTimeout(() => callback(info), 0);
      return Promise.resolve(info);
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Html: "html", Text: "text" },
    EventType: { RecipientsChanged: RECIPIENTS_CHANGED, AttachmentsChanged: ATTACHMENTS_CHANGED },
    MailboxEnums: {
      AttachmentType: { File: "file", Item: "item", Cloud: "cloud" },
      ItemNotificationMessageType: NOTIFICATION_TYPES,
      SendModeOverride: { PromptUser: "promptUser" },
    },
    actions: { associate: (name: string, fn: (event: unknown) => unknown) => actions.set(name, fn) },
    context: {
      get displayLanguage() {
        return state.displayLanguage;
      },
      get officeTheme() {
        return { bodyBackgroundColor: state.bodyBackgroundColor };
      },
      requirements: {
        // "1.10" is newer than "1.9": compare the minor number, never the decimal value.
        isSetSupported: (name: string, version = "1.1") => {
          const minor = Number(version.split(".")[1] ?? "0");
          if (name === "Mailbox") return minor <= state.mailboxMinor;
          return name === "OpenBrowserWindowApi" && minor <= 1;
        },
      },
      ui: {
        // Records the address and tells the page: the preview never navigates or opens a window.
        openBrowserWindow: (url: string) => {
          state.openedUrls = [...state.openedUrls, String(url)];
          notify("browser");
        },
      },
      mailbox: { item },
    },
  };

  return {
    office,
    runtime: { storage: runtimeStorage(state) },
    state,
    notify,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dropItemHandlers: () => handlers.clear(),
    actions,
  };
}
