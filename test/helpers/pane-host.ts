/** A PaneHost from plain functions: pane tests need no Office mock. Each call is recorded. */
import type { Edit } from "../../src/engine/rule";
import type { MessageSnapshot } from "../../src/engine/snapshot";
import { DEFAULT_POLICY } from "../../src/engine/policy/defaults";
import type { EditResult, LastSendResult, LoadedPolicy, PaneHost } from "../../src/ports/host";
import { makeSnapshot } from "./snapshot";

export interface FakeHost extends PaneHost {
  /** Replace to change what the next read returns (or throws). */
  read: () => Promise<MessageSnapshot>;
  edit: (edit: Edit) => Promise<EditResult>;
  readonly calls: {
    reads: number;
    edits: Edit[];
    opened: string[];
    notifications: (string | undefined)[];
    saved: Record<string, string>;
    unwatched: number;
  };
  /** Fires Outlook's change event, as registered through watchItem. */
  fireChange(): void;
}

export function fakeHost(overrides: Partial<PaneHost> & { snapshot?: MessageSnapshot; loaded?: LoadedPolicy; lastSend?: LastSendResult } = {}): FakeHost {
  const listeners: (() => void)[] = [];
  const settings: Record<string, string> = {};
  const host: FakeHost = {
    displayLocale: "en-US",
    dark: false,
    read: () => Promise.resolve(overrides.snapshot ?? makeSnapshot()),
    edit: () => Promise.resolve({ ok: true }),
    calls: { reads: 0, edits: [], opened: [], notifications: [], saved: settings, unwatched: 0 },
    loadPolicy: () => Promise.resolve(overrides.loaded ?? { policy: DEFAULT_POLICY, source: { kind: "defaults" } }),
    readSnapshot: () => {
      host.calls.reads += 1;
      return host.read();
    },
    applyEdit: (edit) => {
      host.calls.edits.push(edit);
      return host.edit(edit);
    },
    openUrl: (url) => {
      host.calls.opened.push(url);
      return Promise.resolve({ ok: true });
    },
    watchItem: (onChange) => {
      listeners.push(onChange);
      return Promise.resolve(() => {
        host.calls.unwatched += 1;
        listeners.splice(listeners.indexOf(onChange), 1);
      });
    },
    setNotification: (text) => {
      host.calls.notifications.push(text);
      return Promise.resolve();
    },
    readLastSend: () => Promise.resolve(overrides.lastSend),
    loadSetting: (key) => settings[key],
    saveSetting: (key, value) => {
      settings[key] = value;
    },
    fireChange: () => listeners.forEach((l) => l()),
    ...overrides,
  };
  return host;
}
