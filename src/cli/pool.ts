/**
 * Running checks several at a time while keeping the input order: results come out in the order
 * the inputs (and the messages inside containers) were read, each as soon as it and every earlier
 * one are done, so `--format jsonl` streams and a slow message delays only the lines after it.
 */
import type { EffectivePolicy } from "../engine/policy/types";
import { isTask, type CheckItem, type CheckTask } from "./check-task";
import type { FileResult } from "./results";

/** What each worker gets once, before its first task. */
export interface WorkerSetup {
  readonly policy: EffectivePolicy;
  /** Set when the policy turns recipient-domain-unreachable on: each worker asks this resolver. */
  readonly dnsUrl?: string;
}

/** A pool of worker threads that check tasks (see CliIO.startWorkers). */
export interface CheckWorkers {
  /** Checks one task in a worker; rejects when the worker fails or dies. */
  run(task: CheckTask): Promise<FileResult>;
  close(): Promise<void>;
}

/** An error's message; one thrown in a worker arrives as a copy, made outside this context's Error class. */
function errorText(error: unknown): string {
  if (typeof error === "object" && error !== null && "message" in error && typeof error.message === "string") return error.message;
  return String(error);
}

interface Pending {
  readonly promise: Promise<FileResult>;
  readonly bytes: number;
  done: boolean;
}

/**
 * Runs every task of `source` through `run`, at most `window` at once, none started while
 * `maxBytes` of message bytes are in flight, and yields the results in source order. Reading ahead stops
 * when the window is full, so memory stays bounded whatever the size of the container and of its
 * messages. A rejected run becomes that item's error.
 */
export async function* inOrder(
  source: AsyncIterable<CheckItem>,
  run: (task: CheckTask) => Promise<FileResult>,
  window: number,
  maxBytes = Number.POSITIVE_INFINITY,
): AsyncGenerator<FileResult> {
  const iterator = source[Symbol.asyncIterator]();
  const pending: Pending[] = [];
  let pendingBytes = 0;
  const start = (item: CheckItem): void => {
    const promise = isTask(item)
      ? run(item).catch((error: unknown): FileResult => ({ file: item.name, error: `could not be checked: ${errorText(error)}` }))
      : Promise.resolve(item);
    const bytes = isTask(item) && item.kind !== "snapshot" ? item.bytes.length : 0;
    pendingBytes += bytes;
    const entry: Pending = { promise, bytes, done: false };
    void promise.then(() => {
      entry.done = true;
    });
    pending.push(entry);
  };
  // The next input is asked for only when the window has room: asking runs the reader up to it.
  let next: Promise<IteratorResult<CheckItem>> | undefined;
  let exhausted = false;
  try {
    while (!exhausted || pending.length > 0) {
      const head = pending[0];
      if (head !== undefined && (head.done || exhausted || pending.length >= window || pendingBytes >= maxBytes)) {
        pending.shift();
        pendingBytes -= head.bytes;
        yield await head.promise;
        continue;
      }
      next ??= iterator.next();
      // Whichever comes first: the next input, or the oldest result (which can then be written).
      const headDone = head ? head.promise.then(() => undefined) : new Promise<never>(() => undefined);
      const got = await Promise.race([next, headDone]);
      if (got === undefined) continue;
      next = undefined;
      if (got.done) exhausted = true;
      else start(got.value);
    }
  } finally {
    // Stopped early (an error in the caller): let the source close its files.
    if (!exhausted) await iterator.return?.();
  }
}
