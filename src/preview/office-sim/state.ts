/** The simulated compose window's content: what a user typed and attached in the preview. */

export interface SimRecipient {
  displayName: string;
  emailAddress: string;
}

export interface SimAttachment {
  id: string;
  name: string;
  size: number;
  isInline: boolean;
  attachmentType: "file" | "item" | "cloud";
  /** Base64 content, as getAttachmentContentAsync returns it; absent for items and cloud files. */
  base64?: string;
}

/** One bar above the message, as notificationMessages stores it. */
export interface SimNotification {
  key: string;
  type: string;
  message: string;
  icon?: string;
  persistent?: boolean;
}

export interface SimState {
  /** The sending account (Outlook fills it in; the preview has one). */
  from: SimRecipient;
  subject: string;
  to: SimRecipient[];
  cc: SimRecipient[];
  bcc: SimRecipient[];
  bodyHtml: string;
  attachments: SimAttachment[];
  displayLanguage: string;
  /** Outlook's body background colour: a dark one makes the pane dark. */
  bodyBackgroundColor: string;
  /** Highest Mailbox 1.x requirement set the simulated host claims (Outlook on the web: 1.15). */
  mailboxMinor: number;
  /** item.notificationMessages, in the order they were added. */
  notifications: SimNotification[];
  /** item.sessionData: lives as long as the compose item, shared by pane and handler. */
  sessionData: Record<string, string>;
  /** URLs passed to Office.context.ui.openBrowserWindow (the preview never navigates). */
  openedUrls: string[];
  /** OfficeRuntime.storage: in memory, per page load. */
  runtimeStorage: Record<string, string>;
}

export function emptyState(): SimState {
  return {
    from: { displayName: "Wang Fang", emailAddress: "wang.fang@example.cn" },
    subject: "",
    to: [],
    cc: [],
    bcc: [],
    bodyHtml: "",
    attachments: [],
    displayLanguage: "zh-CN",
    bodyBackgroundColor: "#ffffff",
    mailboxMinor: 15,
    notifications: [],
    sessionData: {},
    openedUrls: [],
    runtimeStorage: {},
  };
}
