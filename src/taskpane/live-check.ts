/**
 * When the pane re-reads the message: at boot, after a fix, on the Recheck button, shortly after
 * Outlook reports a change, when the pane comes back into view, and every few seconds while it
 * is visible (subject and body edits fire no event). Reads never overlap: a request during a
 * read waits for it and then runs once for everyone who asked. A read whose snapshot has the
 * fingerprint of the last one evaluated is dropped unless the user asked, so the timer costs one
 * read and no rule run or render when nothing changed. Rendering is the caller's business.
 */
import type { MessageSnapshot } from "../engine/snapshot";
import { snapshotFingerprint } from "./fingerprint";

export type CheckReason = "boot" | "explicit" | "fix" | "change" | "focus" | "timer";

/** Reasons that always evaluate, even an unchanged message: someone is waiting for an answer. */
const FORCED: ReadonlySet<CheckReason> = new Set<CheckReason>(["boot", "explicit", "fix"]);

export interface LiveCheckEvents {
  readonly window: Pick<Window, "addEventListener" | "removeEventListener">;
  readonly document: Pick<Document, "addEventListener" | "removeEventListener" | "visibilityState">;
}

export interface LiveCheckOptions {
  read(): Promise<MessageSnapshot>;
  /** A read worth showing: the message changed, or the reason was forced. */
  onSnapshot(snapshot: MessageSnapshot, fingerprint: string, reason: CheckReason): void;
  onError(message: string, reason: CheckReason): void;
  /** A read starts (the caller shows "checking" for forced ones). */
  onStart?(reason: CheckReason): void;
  /** True once a read has taken `slowMs`, false when it ends: a spinner only for slow reads. */
  onSlow?(slow: boolean): void;
  watchItem(onChange: () => void): Promise<() => void>;
  /** Focus and visibility come from here; without it only events, timer and requests run. */
  events?: LiveCheckEvents;
  debounceMs?: number;
  periodMs?: number;
  slowMs?: number;
}

export interface LiveCheck {
  /** Reads now (or right after the read in progress); resolves when that read is handled. */
  request(reason: CheckReason): Promise<void>;
  /** Outlook reported a change: read once things settle. */
  changed(): void;
  stop(): void;
}

interface Queued {
  reason: CheckReason;
  promise: Promise<void>;
  resolve: () => void;
}

export const DEFAULT_DEBOUNCE_MS = 400;
export const DEFAULT_PERIOD_MS = 5000;
export const DEFAULT_SLOW_MS = 300;

export function startLiveCheck(options: LiveCheckOptions): LiveCheck {
  const { debounceMs = DEFAULT_DEBOUNCE_MS, periodMs = DEFAULT_PERIOD_MS, slowMs = DEFAULT_SLOW_MS, events } = options;
  let stopped = false;
  let lastFingerprint: string | undefined;
  let inFlight: Promise<void> | undefined;
  let queued: Queued | undefined;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let unwatch: (() => void) | undefined;

  const visible = (): boolean => !events || events.document.visibilityState !== "hidden";

  async function readOnce(reason: CheckReason): Promise<void> {
    options.onStart?.(reason);
    let slow = false;
    const slowTimer = setTimeout(() => {
      slow = true;
      if (!stopped) options.onSlow?.(true);
    }, slowMs);
    try {
      const snapshot = await options.read();
      if (stopped) return;
      const fingerprint = snapshotFingerprint(snapshot);
      if (fingerprint === lastFingerprint && !FORCED.has(reason)) return;
      lastFingerprint = fingerprint;
      options.onSnapshot(snapshot, fingerprint, reason);
    } catch (error) {
      if (stopped) return;
      // The next good read must be shown even if the message is the same as before the error.
      lastFingerprint = undefined;
      options.onError(error instanceof Error ? error.message : String(error), reason);
    } finally {
      clearTimeout(slowTimer);
      if (slow && !stopped) options.onSlow?.(false);
    }
  }

  function request(reason: CheckReason): Promise<void> {
    if (stopped) return Promise.resolve();
    if (inFlight) {
      if (!queued) {
        let resolve = (): void => undefined;
        const promise = new Promise<void>((r) => (resolve = r));
        queued = { reason, promise, resolve };
      } else if (FORCED.has(reason)) {
        // One read serves all waiters; it must be forced if any of them asked for that.
        queued.reason = reason;
      }
      return queued.promise;
    }
    inFlight = readOnce(reason).finally(() => {
      inFlight = undefined;
      const next = queued;
      queued = undefined;
      if (next) void request(next.reason).then(next.resolve);
    });
    return inFlight;
  }

  function changed(): void {
    if (stopped) return;
    if (debounce !== undefined) clearTimeout(debounce);
    debounce = setTimeout(() => {
      debounce = undefined;
      void request("change");
    }, debounceMs);
  }

  const onFocus = (): void => void request("focus");
  const onVisibility = (): void => {
    if (visible()) void request("focus");
  };
  const timer = setInterval(() => {
    if (visible()) void request("timer");
  }, periodMs);

  events?.window.addEventListener("focus", onFocus);
  events?.document.addEventListener("visibilitychange", onVisibility);
  options.watchItem(changed).then(
    (stopWatching) => {
      if (stopped) stopWatching();
      else unwatch = stopWatching;
    },
    () => undefined, // no change events: focus and the timer still re-check
  );

  return {
    request,
    changed,
    stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      if (debounce !== undefined) clearTimeout(debounce);
      events?.window.removeEventListener("focus", onFocus);
      events?.document.removeEventListener("visibilitychange", onVisibility);
      unwatch?.();
      queued?.resolve();
      queued = undefined;
    },
  };
}
