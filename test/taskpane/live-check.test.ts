/**
 * @jest-environment jsdom
 */
import { startLiveCheck, type CheckReason, type LiveCheck, type LiveCheckOptions } from "../../src/taskpane/live-check";
import type { MessageSnapshot } from "../../src/engine/snapshot";
import { makeSnapshot } from "../helpers/snapshot";

interface Rig {
  live: LiveCheck;
  reads: number;
  shown: CheckReason[];
  errors: string[];
  slow: boolean[];
  snapshot: MessageSnapshot;
  /** When set, reads wait for `release()`. */
  hold: boolean;
  release(): void;
  fireChange(): void;
  unwatched: number;
  visibility: DocumentVisibilityState;
}

function rig(extra: Partial<LiveCheckOptions> = {}, withEvents = true): Rig {
  const pending: (() => void)[] = [];
  let onChange = (): void => undefined;
  const state: Rig = {
    reads: 0,
    shown: [],
    errors: [],
    slow: [],
    snapshot: makeSnapshot({ subject: "one" }),
    hold: false,
    release: () => pending.splice(0).forEach((r) => r()),
    fireChange: () => onChange(),
    unwatched: 0,
    visibility: "visible",
    live: undefined as unknown as LiveCheck,
  };
  Object.defineProperty(document, "visibilityState", { configurable: true, get: () => state.visibility });
  state.live = startLiveCheck({
    read: () => {
      state.reads += 1;
      const value = state.snapshot;
      return state.hold ? new Promise((resolve) => pending.push(() => resolve(value))) : Promise.resolve(value);
    },
    onSnapshot: (_s, _f, reason) => state.shown.push(reason),
    onError: (message) => state.errors.push(message),
    onSlow: (slow) => state.slow.push(slow),
    watchItem: (listener) => {
      onChange = listener;
      return Promise.resolve(() => {
        state.unwatched += 1;
      });
    },
    events: withEvents ? { window, document } : undefined,
    ...extra,
  });
  return state;
}

/** Lets resolved promises run their callbacks between timer steps. */
const flush = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("live re-check scheduling", () => {
  it("debounces Outlook's change events into one read", async () => {
    const r = rig({ debounceMs: 400 });
    await flush();
    r.fireChange();
    jest.advanceTimersByTime(200);
    r.fireChange();
    jest.advanceTimersByTime(399);
    expect(r.reads).toBe(0);
    jest.advanceTimersByTime(1);
    await flush();
    expect(r.reads).toBe(1);
    expect(r.shown).toEqual(["change"]);
    r.live.stop();
  });

  it("re-reads every period while visible, but re-evaluates only when the message changed", async () => {
    const r = rig({ periodMs: 5000 });
    await r.live.request("boot");
    expect(r.shown).toEqual(["boot"]);
    jest.advanceTimersByTime(5000);
    await flush();
    expect(r.reads).toBe(2);
    expect(r.shown).toEqual(["boot"]); // same fingerprint: skipped
    r.snapshot = makeSnapshot({ subject: "two" });
    jest.advanceTimersByTime(5000);
    await flush();
    expect(r.shown).toEqual(["boot", "timer"]);
    r.live.stop();
  });

  it("does not read on the timer while the pane is hidden, and reads when it becomes visible or gains focus", async () => {
    const r = rig({ periodMs: 5000 });
    r.visibility = "hidden";
    jest.advanceTimersByTime(15000);
    await flush();
    expect(r.reads).toBe(0);
    r.visibility = "visible";
    document.dispatchEvent(new Event("visibilitychange"));
    await flush();
    expect(r.reads).toBe(1);
    window.dispatchEvent(new Event("focus"));
    await flush();
    expect(r.reads).toBe(2);
    r.live.stop();
  });

  it("always evaluates an explicit recheck, even when nothing changed", async () => {
    const r = rig();
    await r.live.request("boot");
    await r.live.request("explicit");
    await r.live.request("focus");
    expect(r.shown).toEqual(["boot", "explicit"]);
    r.live.stop();
  });

  it("never runs two reads at once: requests during a read share one follow-up read", async () => {
    const r = rig();
    r.hold = true;
    const first = r.live.request("boot");
    const second = r.live.request("focus");
    const third = r.live.request("explicit");
    expect(r.reads).toBe(1);
    r.release();
    await flush();
    expect(r.reads).toBe(2); // the follow-up, not two
    r.release();
    await Promise.all([first, second, third]);
    expect(r.reads).toBe(2);
    // The follow-up was forced because one waiter asked explicitly.
    expect(r.shown).toEqual(["boot", "explicit"]);
    r.live.stop();
  });

  it("reports a slow read after 300 ms and its end, and nothing for a quick one", async () => {
    const r = rig({ slowMs: 300 });
    await r.live.request("boot");
    expect(r.slow).toEqual([]);
    r.hold = true;
    const pending = r.live.request("explicit");
    jest.advanceTimersByTime(299);
    expect(r.slow).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(r.slow).toEqual([true]);
    r.release();
    await pending;
    expect(r.slow).toEqual([true, false]);
    r.live.stop();
  });

  it("reports a failed read, and shows the next good read even if the message is the same", async () => {
    let fail = false;
    const r = rig({
      read: () => (fail ? Promise.reject(new Error("body.getAsync: no answer within 5000 ms")) : Promise.resolve(makeSnapshot())),
    });
    await r.live.request("boot");
    fail = true;
    await r.live.request("timer");
    expect(r.errors).toEqual(["body.getAsync: no answer within 5000 ms"]);
    fail = false;
    await r.live.request("timer");
    expect(r.shown).toEqual(["boot", "timer"]);
    r.live.stop();
  });

  it("stops everything on stop: timers, listeners and Outlook's events", async () => {
    const r = rig({ periodMs: 5000 });
    await flush();
    r.live.stop();
    expect(r.unwatched).toBe(1);
    r.fireChange();
    window.dispatchEvent(new Event("focus"));
    jest.advanceTimersByTime(20000);
    await flush();
    expect(r.reads).toBe(0);
    expect(jest.getTimerCount()).toBe(0);
  });

  it("stops watching even when watchItem answers after stop", async () => {
    let stopped = 0;
    let answer: (stop: () => void) => void = () => undefined;
    const r = rig({ watchItem: () => new Promise((resolve) => (answer = resolve)) }, false);
    r.live.stop();
    answer(() => (stopped += 1));
    await flush();
    expect(stopped).toBe(1);
  });
});
