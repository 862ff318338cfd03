/** The pane's host on office-addin-mock: events, the notification bar, the browser, sessionData. */
import { strToU8, zipSync } from "fflate";
import { outlookMock, type OutlookMock } from "../../helpers/outlook-mock";
import { createOfficeHost, NOTIFICATION_KEY } from "../../../src/adapters/office/host";
import { LAST_SEND_KEY } from "../../../src/adapters/office/session";
import { DEFAULT_POLICY } from "../../../src/engine/policy/defaults";
import type { PaneHost } from "../../../src/ports/host";

let mock: OutlookMock;
let host: PaneHost;

function boot(options: Parameters<typeof outlookMock>[0] = {}): void {
  mock = outlookMock(options);
  (globalThis as unknown as { Office: unknown }).Office = mock.office;
  host = createOfficeHost({ loadPolicy: async () => ({ policy: DEFAULT_POLICY, source: { kind: "defaults" } }) });
}

describe("createOfficeHost", () => {
  it("watches recipients and attachments on the item and stops watching", async () => {
    boot();
    const onChange = jest.fn();
    const stop = await host.watchItem(onChange);
    expect(mock.calls).toEqual(["addHandlerAsync(olkRecipientsChanged)", "addHandlerAsync(olkAttachmentsChanged)"]);
    mock.handlers.get("olkRecipientsChanged")?.({ type: "olkRecipientsChanged" });
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
    expect(mock.calls.slice(2)).toEqual(["removeHandlerAsync(olkRecipientsChanged)", "removeHandlerAsync(olkAttachmentsChanged)"]);
  });

  it("still watches what it can when one event is refused", async () => {
    boot({ fail: ["addHandlerAsync(olkAttachmentsChanged)"] });
    const stop = await host.watchItem(() => undefined);
    stop();
    expect(mock.calls).toContain("removeHandlerAsync(olkRecipientsChanged)");
    expect(mock.calls).not.toContain("removeHandlerAsync(olkAttachmentsChanged)");
  });

  it("keeps one notification, clipped to 150 characters, and removes it", async () => {
    boot();
    await host.setNotification("x".repeat(200));
    await host.setNotification("2 problems must be fixed");
    expect(Object.keys(mock.state.notifications)).toEqual([NOTIFICATION_KEY]);
    expect(mock.state.notifications[NOTIFICATION_KEY]).toMatchObject({ message: "2 problems must be fixed", type: "informationalMessage", persistent: true });
    await host.setNotification("y".repeat(200));
    expect(Array.from(mock.state.notifications[NOTIFICATION_KEY].message)).toHaveLength(150);
    await host.setNotification(undefined);
    expect(mock.state.notifications).toEqual({});
  });

  it("opens only https:// addresses in the browser", async () => {
    boot();
    expect(await host.openUrl("https://pan.example.cn/upload")).toEqual({ ok: true });
    expect(await host.openUrl("javascript:alert(1)")).toEqual({ ok: false, error: "javascript:alert(1) is not an https:// address" });
    expect(mock.openedUrls).toEqual(["https://pan.example.cn/upload"]);
  });

  it("reads what the Send handler left in sessionData, and nothing on older Outlook or from garbage", async () => {
    boot({ state: { session: { [LAST_SEND_KEY]: JSON.stringify({ at: 5, allowed: false, ruleIds: ["attachment-blocked-type", 7] }) } } });
    expect(await host.readLastSend()).toEqual({ at: 5, allowed: false, ruleIds: ["attachment-blocked-type"] });
    boot({ state: { session: { [LAST_SEND_KEY]: JSON.stringify({ at: 5, allowed: false, ruleIds: [], policyProblem: "unreachable" }) } } });
    expect(await host.readLastSend()).toEqual({ at: 5, allowed: false, ruleIds: [], policyProblem: "unreachable" });
    boot({ state: { session: { [LAST_SEND_KEY]: JSON.stringify({ at: 5, allowed: false, ruleIds: [], policyProblem: "<b>" }) } } });
    expect(await host.readLastSend()).toEqual({ at: 5, allowed: false, ruleIds: [] });
    boot({ minor: 10, state: { session: { [LAST_SEND_KEY]: JSON.stringify({ at: 5, allowed: false, ruleIds: [] }) } } });
    expect(await host.readLastSend()).toBeUndefined();
    boot({ state: { session: { [LAST_SEND_KEY]: "{garbage" } } });
    expect(await host.readLastSend()).toBeUndefined();
  });

  it("lists a zip attachment through the zip reader it loads on first use", async () => {
    const zip = Buffer.from(zipSync({ "bin/run.bat": strToU8("@echo off") })).toString("base64");
    boot({ state: { attachments: [{ id: "z", name: "tools.zip", size: 200, attachmentType: "file", isInline: false }], contents: { z: zip } } });
    const snapshot = await host.readSnapshot(DEFAULT_POLICY);
    expect(snapshot.attachments[0].archive?.entries.map((e) => e.path)).toEqual(["bin/run.bat"]);
  });

  it("reads the message through the adapter, and an Office failure becomes a snapshot flag", async () => {
    boot({ fail: ["to.getAsync"], state: { cc: [{ displayName: "Li", emailAddress: "li@example.cn" }] } });
    const snapshot = await host.readSnapshot(DEFAULT_POLICY);
    expect(snapshot.recipients).toEqual([{ address: "li@example.cn", displayName: "Li", field: "cc", recipientType: "externalUser" }]);
    expect(snapshot.flags.recipientsIncomplete).toBe(true);
  });
});
