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

export default function check(task: CheckTask): Promise<FileResult> {
  return runTask(task, setup.policy, domains);
}
