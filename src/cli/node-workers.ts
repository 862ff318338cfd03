/**
 * `--jobs N` on Node: a piscina pool of N worker threads, each running src/cli/check-worker.ts.
 * Each task's message bytes are copied once into a buffer of their own and moved (not copied
 * again) to the worker; an mbox message is a view into a 1 MB read chunk, which must not travel
 * whole with every message. A worker that dies fails its task, which becomes that message's
 * error; piscina starts a new worker for the rest.
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

export function startWorkers(count: number, setup: WorkerSetup, filename: string): CheckWorkers {
  const pool = new Piscina({ filename, minThreads: count, maxThreads: count, workerData: setup, idleTimeout: Infinity });
  return {
    run(task: CheckTask): Promise<FileResult> {
      if (task.kind === "snapshot") return pool.run(task) as Promise<FileResult>;
      const bytes = task.bytes.slice();
      return pool.run({ ...task, bytes }, { transferList: [bytes.buffer] }) as Promise<FileResult>;
    },
    close: () => pool.destroy(),
  };
}
