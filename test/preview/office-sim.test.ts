/** The simulated Office.js keeps Office's contract: async AsyncResults, Outlook's limits and errors, events. */
import { createOfficeSim, type OfficeSim } from "../../src/preview/office-sim/office";
import { MAX_NOTIFICATIONS } from "../../src/preview/office-sim/item-stores";
import { emptyState } from "../../src/preview/office-sim/state";
import { readSessionValue, writeSessionValue } from "../../src/adapters/office/session";
import { createOfficeHost, NOTIFICATION_KEY } from "../../src/adapters/office/host";
import { loadPanePolicy } from "../../src/adapters/policy/pane";

interface Result {
  status: string;
  value: unknown;
  error?: { code: number; name: string; message: string };
}
type Item = Record<string, Record<string, (...args: unknown[]) => void>> & Record<string, unknown>;

let sim: OfficeSim;
const office = () => sim.office as { context: { mailbox: { item: Item }; ui: { openBrowserWindow(url: string): void }; requirements: { isSetSupported(n: string, v?: string): boolean } }; EventType: Record<string, string>; MailboxEnums: Record<string, Record<string, string>> };
const item = () => office().context.mailbox.item;
/** Calls an Office method and resolves with its AsyncResult. */
const call = (target: Record<string, (...args: unknown[]) => void>, method: string, ...args: unknown[]): Promise<Result> =>
  new Promise((resolve) => target[method](...args, resolve));

beforeEach(() => {
  sim = createOfficeSim(emptyState());
  (globalThis as unknown as { Office: unknown }).Office = sim.office;
});
afterEach(() => delete (globalThis as { Office?: unknown }).Office);

describe("notificationMessages", () => {
  const info = (message: string) => ({ type: "informationalMessage", message, icon: "Icon.16x16", persistent: true });

  it("answers asynchronously, never inside the call", () => {
    const seen: Result[] = [];
    item().notificationMessages.addAsync("k", info("hello"), (r: Result) => seen.push(r));
    expect(seen).toEqual([]);
  });

  it("adds, refuses a duplicate key, replaces, lists and removes", async () => {
    const bars = item().notificationMessages;
    expect((await call(bars, "addAsync", "k", info("one"))).status).toBe("succeeded");
    expect((await call(bars, "addAsync", "k", info("two"))).error?.name).toBe("DuplicateNotificationKey");
    await call(bars, "replaceAsync", "k", info("three"));
    await call(bars, "replaceAsync", "new", { ...info("four"), type: "errorMessage" });
    expect((await call(bars, "getAllAsync")).value).toEqual([
      { key: "k", type: "informationalMessage", message: "three", icon: "Icon.16x16", persistent: true },
      { key: "new", type: "errorMessage", message: "four", icon: "Icon.16x16", persistent: true },
    ]);
    await call(bars, "removeAsync", "k");
    expect((await call(bars, "removeAsync", "k")).error?.name).toBe("KeyNotFound");
    expect(sim.state.notifications.map((n) => n.key)).toEqual(["new"]);
  });

  it("enforces Outlook's limits: five bars, 150 characters, 32-character keys, known types", async () => {
    const bars = item().notificationMessages;
    for (let i = 0; i < MAX_NOTIFICATIONS; i += 1) expect((await call(bars, "addAsync", `k${i}`, info("x"))).status).toBe("succeeded");
    expect((await call(bars, "addAsync", "k9", info("x"))).error?.name).toBe("NumberOfNotificationMessagesExceeded");
    await call(bars, "removeAsync", "k0");
    expect((await call(bars, "addAsync", "long", info("邮".repeat(151)))).status).toBe("failed");
    expect((await call(bars, "addAsync", "fits", info("邮".repeat(150)))).status).toBe("succeeded");
    expect((await call(bars, "addAsync", "k".repeat(33), info("x"))).error?.name).toBe("InvalidKey");
    expect((await call(bars, "replaceAsync", "k1", { ...info("x"), type: "warning" })).error?.name).toBe("InvalidNotificationType");
  });

  it("is what the real adapter's setNotification writes, and tells the page", async () => {
    const changes: string[] = [];
    sim.subscribe((c) => changes.push(c));
    const host = createOfficeHost({ loadPolicy: loadPanePolicy });
    await host.setNotification("2 个问题必须修复");
    expect(sim.state.notifications).toEqual([expect.objectContaining({ key: NOTIFICATION_KEY, message: "2 个问题必须修复", type: "informationalMessage" })]);
    await host.setNotification(undefined);
    expect(sim.state.notifications).toEqual([]);
    expect(changes).toEqual(["notifications", "notifications"]);
  });
});

describe("sessionData", () => {
  it("fails getAsync of a missing key like Outlook, and round-trips values", async () => {
    const data = item().sessionData;
    expect((await call(data, "getAsync", "nope")).status).toBe("failed");
    await call(data, "setAsync", "a", "1");
    await call(data, "setAsync", "b", "2");
    expect((await call(data, "getAsync", "a")).value).toBe("1");
    expect((await call(data, "getAllAsync")).value).toEqual({ a: "1", b: "2" });
    await call(data, "removeAsync", "a");
    expect((await call(data, "getAllAsync")).value).toEqual({ b: "2" });
    await call(data, "clearAsync");
    expect(sim.state.sessionData).toEqual({});
  });

  it("refuses non-strings and more than 50,000 characters", async () => {
    const data = item().sessionData;
    expect((await call(data, "setAsync", "n", 5)).status).toBe("failed");
    expect((await call(data, "setAsync", "big", "x".repeat(50_000))).error?.name).toBe("SessionDataObjectMaxLengthExceeded");
  });

  it("is shared with the real adapter's session helpers, gated on Mailbox 1.11", async () => {
    const current = item() as unknown as Office.MessageCompose;
    expect(await readSessionValue(current, "k")).toBeUndefined();
    expect(await writeSessionValue(current, "k", "v")).toBe(true);
    expect(await readSessionValue(current, "k")).toBe("v");
    sim.state.mailboxMinor = 10;
    expect(await readSessionValue(current, "k")).toBeUndefined();
  });
});

describe("events, browser window, runtime storage, enums", () => {
  it("fires RecipientsChanged with the changed field, AttachmentsChanged on removal, and nothing after dropItemHandlers", async () => {
    const events: unknown[] = [];
    await call(item() as never, "addHandlerAsync", office().EventType.RecipientsChanged, (e: unknown) => events.push(e));
    await call(item() as never, "addHandlerAsync", office().EventType.AttachmentsChanged, (e: unknown) => events.push(e));
    await call(item().bcc, "setAsync", [{ displayName: "", emailAddress: "a@b.com" }]);
    sim.state.attachments = [{ id: "1", name: "a.txt", size: 1, isInline: false, attachmentType: "file", base64: "YQ==" }];
    await call(item() as never, "removeAttachmentAsync", "1");
    await new Promise((r) => setTimeout(r, 0));
    expect(events).toEqual([
      { type: "olkRecipientsChanged", changedRecipientFields: { to: false, cc: false, bcc: true } },
      { type: "olkAttachmentsChanged" },
    ]);
    sim.dropItemHandlers();
    sim.notify("recipients");
    await new Promise((r) => setTimeout(r, 0));
    expect(events).toHaveLength(2);
    expect((await call(item() as never, "addHandlerAsync", "olkItemChanged", () => undefined)).status).toBe("failed");
  });

  it("records openBrowserWindow instead of navigating", () => {
    const changes: string[] = [];
    sim.subscribe((c) => changes.push(c));
    office().context.ui.openBrowserWindow("https://www.office.com/launch/onedrive");
    expect(sim.state.openedUrls).toEqual(["https://www.office.com/launch/onedrive"]);
    expect(changes).toEqual(["browser"]);
  });

  it("keeps OfficeRuntime.storage in memory, strings only", async () => {
    const storage = (sim.runtime as { storage: { getItem(k: string): Promise<string | null>; setItem(k: string, v: unknown): Promise<void>; removeItem(k: string): Promise<void> } }).storage;
    expect(await storage.getItem("policy")).toBeNull();
    await storage.setItem("policy", "{}");
    expect(await storage.getItem("policy")).toBe("{}");
    await expect(storage.setItem("n", 1)).rejects.toThrow("strings only");
    await storage.removeItem("policy");
    expect(await storage.getItem("policy")).toBeNull();
  });

  it("has Outlook's enum values and claims requirement sets up to the state's", () => {
    expect(office().MailboxEnums.ItemNotificationMessageType).toEqual({
      ProgressIndicator: "progressIndicator",
      InformationalMessage: "informationalMessage",
      ErrorMessage: "errorMessage",
      InsightMessage: "insightMessage",
    });
    expect(office().MailboxEnums.SendModeOverride).toEqual({ PromptUser: "promptUser" });
    const { isSetSupported } = office().context.requirements;
    expect([isSetSupported("Mailbox", "1.15"), isSetSupported("Mailbox", "1.16"), isSetSupported("OpenBrowserWindowApi", "1.1")]).toEqual([true, false, true]);
  });
});
