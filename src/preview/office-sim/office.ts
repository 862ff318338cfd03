/**
 * A simulated Office.js: the subset Mail Preflight uses, with Office's semantics (callbacks get an
 * AsyncResult with status/value/error, asynchronously; item events through addHandlerAsync), so the
 * real adapter, task pane and Smart Alerts handler run unmodified in a plain browser.
 */
import type { SimRecipient, SimState } from "./state";

type Callback<T> = (result: SimAsyncResult<T>) => void;
interface SimAsyncResult<T> {
  status: "succeeded" | "failed";
  value: T;
  error?: { code: number; name: string; message: string };
  asyncContext?: unknown;
}

const RECIPIENTS_CHANGED = "olkRecipientsChanged";
const ATTACHMENTS_CHANGED = "olkAttachmentsChanged";

function later<T>(callback: Callback<T> | undefined, result: SimAsyncResult<T>): void {
  // Office always answers asynchronously; code that assumes otherwise must fail here too.
  if (callback) setTimeout(() => callback(result), 0);
}

function ok<T>(value: T): SimAsyncResult<T> {
  return { status: "succeeded", value };
}

function failed<T>(value: T, code: number, name: string, message: string): SimAsyncResult<T> {
  return { status: "failed", value, error: { code, name, message } };
}

/** Office passes the callback last, after optional coercion type and options. */
function lastCallback<T>(args: unknown[]): Callback<T> | undefined {
  const last = args[args.length - 1];
  return typeof last === "function" ? (last as Callback<T>) : undefined;
}

export interface OfficeSim {
  office: unknown;
  state: SimState;
  /** Tells handlers registered with addHandlerAsync that the user changed something. */
  notify(change: "recipients" | "attachments"): void;
  actions: Map<string, (event: unknown) => unknown>;
}

export function createOfficeSim(state: SimState): OfficeSim {
  const handlers = new Map<string, Set<(event: unknown) => void>>();
  const actions = new Map<string, (event: unknown) => unknown>();

  const recipientsOf = (field: "to" | "cc" | "bcc") => ({
    getAsync: (...args: unknown[]) =>
      later(lastCallback<SimRecipient[]>(args), ok(state[field].map((r) => ({ ...r, recipientType: "other" })))),
    setAsync: (list: SimRecipient[], ...args: unknown[]) => {
      state[field] = list.map((r) => ({ displayName: r.displayName ?? "", emailAddress: r.emailAddress }));
      later(lastCallback<void>(args), ok(undefined));
      notify("recipients");
    },
    addAsync: (list: SimRecipient[], ...args: unknown[]) => {
      state[field] = [...state[field], ...list.map((r) => ({ displayName: r.displayName ?? "", emailAddress: r.emailAddress }))];
      later(lastCallback<void>(args), ok(undefined));
      notify("recipients");
    },
  });

  function notify(change: "recipients" | "attachments"): void {
    const type = change === "recipients" ? RECIPIENTS_CHANGED : ATTACHMENTS_CHANGED;
    for (const handler of handlers.get(type) ?? []) setTimeout(() => handler({ type }), 0);
  }

  const item = {
    itemType: "message",
    from: { getAsync: (...args: unknown[]) => later(lastCallback<SimRecipient>(args), ok({ ...state.from })) },
    subject: {
      getAsync: (...args: unknown[]) => later(lastCallback<string>(args), ok(state.subject)),
      setAsync: (value: string, ...args: unknown[]) => {
        state.subject = value;
        later(lastCallback<void>(args), ok(undefined));
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
      },
      prependAsync: (value: string, ...args: unknown[]) => {
        state.bodyHtml = value + state.bodyHtml;
        later(lastCallback<void>(args), ok(undefined));
      },
    },
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
      if (!handlers.has(type)) handlers.set(type, new Set());
      handlers.get(type)?.add(handler);
      later(lastCallback<void>(args), ok(undefined));
    },
    removeHandlerAsync: (type: string, ...args: unknown[]) => {
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
    MailboxEnums: { AttachmentType: { File: "file", Item: "item", Cloud: "cloud" } },
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
        isSetSupported: (name: string, version = "1.1") =>
          name === "Mailbox" && Number(version.split(".")[1] ?? "0") <= state.mailboxMinor,
      },
      mailbox: { item },
    },
  };

  return { office, state, notify, actions };
}
