/**
 * `--jobs N` on Node: a piscina pool of N worker threads, each running src/cli/check-worker.ts.
 * Each task's message bytes are first copied into a buffer of their own: an mbox message is a
 * view into a 1 MB read chunk, which would otherwise travel whole with every message. Messages
 * go in batches; a worker that dies fails its batch, whose messages are then posted one by one,
 * so only the message that kills a worker gets the error; piscina starts new workers.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import Piscina from "piscina";
import type { CheckTask } from "./check-task";
import type { CheckWorkers, WorkerSetup } from "./pool";
import type { FileResult } from "./results";

/** The built worker, next to the built CLI (dist/check-worker.js, see webpack.config.js). */
export const BUILT_WORKER = join(__dirname, "check-worker.js");

/**
 * The worker from the TypeScript sources, compiled as it loads (seconds per thread): for tests
 * of the pool itself. Run from its sources (the unit tests, the bench), the CLI checks in-process.
 */
export const SOURCE_WORKER = join(__dirname, "check-worker-source.cjs");

/** Starts the pool when the worker script is there (see nodeIO), else undefined. */
export function builtWorkers(): ((count: number, setup: WorkerSetup) => CheckWorkers) | undefined {
  return existsSync(BUILT_WORKER) ? (count, setup) => startWorkers(count, setup, BUILT_WORKER) : undefined;
}

/** A batch goes to a worker once it has this many messages or bytes, or at the next turn of the event loop. */
const BATCH_TASKS = 16;
const BATCH_BYTES = 1024 * 1024;

interface Waiting {
  readonly task: CheckTask;
  resolve(result: FileResult): void;
  reject(error: unknown): void;
}

function bytesOf(task: CheckTask): number {
  return task.kind === "snapshot" ? 0 : task.bytes.length;
}

export function startWorkers(count: number, setup: WorkerSetup, filename: string): CheckWorkers {
  const pool = new Piscina({ filename, minThreads: count, maxThreads: count, workerData: setup, idleTimeout: Infinity });
  // Copied, not moved: a batch whose worker died is posted again message by message.
  const post = (tasks: readonly CheckTask[]): Promise<FileResult[]> => pool.run(tasks) as Promise<FileResult[]>;
  // Small messages travel in batches: one round trip between threads costs about as much as
  // checking a short message, and on a busy machine each wake-up of a thread waits its turn.
  let batch: Waiting[] = [];
  let batchBytes = 0;
  let scheduled = false;
  const flush = (): void => {
    scheduled = false;
    const sent = batch;
    batch = [];
    batchBytes = 0;
    if (sent.length === 0) return;
    post(sent.map((w) => w.task)).then(
      (results) => sent.forEach((w, i) => w.resolve(results[i])),
      (error: unknown) => {
        // The worker died (or could not start): alone, each message finds out whether it was the cause.
        if (sent.length === 1) return sent[0].reject(error);
        for (const w of sent) post([w.task]).then((results) => w.resolve(results[0]), w.reject);
      },
    );
  };
  return {
    run(task: CheckTask): Promise<FileResult> {
      // A buffer of its own: see the top of this file.
      const own: CheckTask = task.kind === "snapshot" ? task : { ...task, bytes: task.bytes.slice() };
      return new Promise((resolve, reject) => {
        batch.push({ task: own, resolve, reject });
        batchBytes += bytesOf(own);
        if (batch.length >= BATCH_TASKS || batchBytes >= BATCH_BYTES) flush();
        else if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      });
    },
    close: () => pool.destroy(),
  };
}
