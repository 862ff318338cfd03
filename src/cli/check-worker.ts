/**
 * A `--jobs` worker thread (built as dist/check-worker.js): checks the tasks the main thread posts,
 * with the policy it got once at start (workerData). The DNS look-ups, when the policy turns them
 * on, are asked from here, each worker keeping its own answers.
 */
import { workerData } from "node:worker_threads";
import { installByteBlob } from "./byte-blob";
import { runTask, type CheckTask } from "./check-task";
import { DomainChecker, fetchDnsJson } from "./dns";
import type { WorkerSetup } from "./pool";
import type { FileResult } from "./results";

// As in the CLI's own thread (src/cli/index.ts): postal-mime's parts go through Blob.
installByteBlob();

const setup = workerData as WorkerSetup;
const domains = setup.dnsUrl !== undefined ? new DomainChecker(fetchDnsJson, setup.dnsUrl) : undefined;

/** A batch of messages (see node-workers.ts), checked one after the other. */
export default async function check(tasks: readonly CheckTask[]): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const task of tasks) results.push(await runTask(task, setup.policy, domains));
  return results;
}
