/**
 * A compose item for office-addin-mock (Outlook host): every *Async call is recorded and answers
 * asynchronously with an AsyncResult, as Outlook does. `hang` names calls that never call back;
 * `fail` names calls that answer with an error.
 */
import { OfficeMockObject } from "office-addin-mock";
import { OfficeApp } from "office-addin-manifest";

export interface MockRecipient {
  displayName: string;
  emailAddress: string;
}

export interface MockItemState {
  subject: string;
  to: MockRecipient[];
  cc: MockRecipient[];
  bcc: MockRecipient[];
  bodyHtml: string;
  attachments: { id: string; name: string; size: number; attachmentType: string; isInline: boolean }[];
  session: Record<string, string>;
  notifications: Record<string, { message: string; type: string }>;
  /** Base64 content by attachment id, for getAttachmentContentAsync. */
  contents: Record<string, string>;
}

export interface OutlookMock {
  office: OfficeMockObject;
  state: MockItemState;
  calls: string[];
  handlers: Map<string, (event: unknown) => void>;
  openedUrls: string[];
}

type Callback = (result: unknown) => void;

export function outlookMock(options: { minor?: number; hang?: string[]; fail?: string[]; state?: Partial<MockItemState> } = {}): OutlookMock {
  const state: MockItemState = { subject: "Hello", to: [], cc: [], bcc: [], bodyHtml: "<p>Hi</p>", attachments: [], session: {}, notifications: {}, contents: {}, ...options.state };
  const calls: string[] = [];
  const handlers = new Map<string, (event: unknown) => void>();
  const openedUrls: string[] = [];
  const minor = options.minor ?? 15;

  function answer<T>(name: string, args: unknown[], value: () => T): void {
    calls.push(name);
    const callback = args.find((a): a is Callback => typeof a === "function");
    if (options.hang?.includes(name) || !callback) return;
    const failed = options.fail?.includes(name);
    setTimeout(() => {
      if (failed) callback({ status: "failed", value: undefined, error: { code: 9017, name: "GenericResponseError", message: `${name} failed` } });
      else callback({ status: "succeeded", value: value() });
    }, 0);
  }

  const recipients = (field: "to" | "cc" | "bcc") => ({
    getAsync: (...args: unknown[]) => answer(`${field}.getAsync`, args, () => state[field].map((r) => ({ ...r, recipientType: "externalUser" }))),
    setAsync: (list: MockRecipient[], ...args: unknown[]) => answer(`${field}.setAsync`, args, () => void (state[field] = list)),
  });

  const data = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Html: "html", Text: "text" },
    EventType: { RecipientsChanged: "olkRecipientsChanged", AttachmentsChanged: "olkAttachmentsChanged" },
    MailboxEnums: { ItemNotificationMessageType: { InformationalMessage: "informationalMessage" } },
    actions: { associate: (name: string, fn: (event: unknown) => void) => handlers.set(name, fn) },
    context: {
      displayLanguage: "en-US",
      officeTheme: { bodyBackgroundColor: "#ffffff" },
      requirements: { isSetSupported: (name: string, version: string) => name === "Mailbox" && Number(version.split(".")[1]) <= minor },
      ui: { openBrowserWindow: (url: string) => void openedUrls.push(url) },
      mailbox: {
        item: {
          subject: { getAsync: (...args: unknown[]) => answer("subject.getAsync", args, () => state.subject) },
          from: { getAsync: (...args: unknown[]) => answer("from.getAsync", args, () => ({ displayName: "Wang Fang", emailAddress: "wang.fang@example.cn" })) },
          to: recipients("to"),
          cc: recipients("cc"),
          bcc: recipients("bcc"),
          body: {
            getAsync: (coercion: string, ...args: unknown[]) => answer(`body.getAsync(${coercion})`, args, () => state.bodyHtml),
            prependAsync: (html: string, ...args: unknown[]) => answer("body.prependAsync", args, () => void (state.bodyHtml = html + state.bodyHtml)),
          },
          getAttachmentsAsync: (...args: unknown[]) => answer("getAttachmentsAsync", args, () => state.attachments),
          getAttachmentContentAsync: (id: string, ...args: unknown[]) =>
            answer(`getAttachmentContentAsync(${id})`, args, () => ({ format: "base64", content: state.contents[id] ?? "" })),
          removeAttachmentAsync: (id: string, ...args: unknown[]) =>
            answer(`removeAttachmentAsync(${id})`, args, () => void (state.attachments = state.attachments.filter((a) => a.id !== id))),
          addHandlerAsync: (type: string, handler: (event: unknown) => void, ...args: unknown[]) =>
            answer(`addHandlerAsync(${type})`, args, () => void handlers.set(type, handler)),
          removeHandlerAsync: (type: string, ...args: unknown[]) => answer(`removeHandlerAsync(${type})`, args, () => void handlers.delete(type)),
          sessionData: {
            getAsync: (key: string, ...args: unknown[]) => answer(`sessionData.getAsync(${key})`, args, () => state.session[key] ?? ""),
            setAsync: (key: string, value: string, ...args: unknown[]) => answer(`sessionData.setAsync(${key})`, args, () => void (state.session[key] = value)),
          },
          notificationMessages: {
            replaceAsync: (key: string, details: { message: string; type: string }, ...args: unknown[]) =>
              answer(`notificationMessages.replaceAsync(${key})`, args, () => void (state.notifications[key] = details)),
            removeAsync: (key: string, ...args: unknown[]) => answer(`notificationMessages.removeAsync(${key})`, args, () => void delete state.notifications[key]),
          },
        },
      },
    },
  };
  return { office: new OfficeMockObject(data, OfficeApp.Outlook), state, calls, handlers, openedUrls };
}
