/**
 * One unit of checking work, the same whether it runs in this thread (`--jobs 1`) or in a worker:
 * a message's bytes (.eml or .msg) or, for a .pst, the snapshot the main thread read from the
 * container (pst-extractor's objects are tied to its open file and cannot cross threads). Plain
 * data only, so a task is posted to a worker as it is; the policy goes to each worker once.
 */
import { DEFAULT_MAX_BYTES, parseEml } from "../adapters/eml";
import { parseMsg } from "../adapters/msg";
import { checkMessage } from "../check/check";
import type { EffectivePolicy } from "../engine/policy/types";
import type { MessageSnapshot } from "../engine/snapshot";
import { domainOf } from "../text/addresses/address";
import { listWithoutSevenZip, type ListArchive } from "../archive/lister";
import { archiveLister } from "./archives";
import type { DomainChecker } from "./dns";
import { messageFacts } from "./report/facts";
import type { FileResult } from "./results";

type ParseResult = { readonly ok: true; readonly snapshot: MessageSnapshot } | { readonly ok: false; readonly error: string };

/** `facts`: the result also carries the message's sizes, recipients and domains (the report's charts). */
export type CheckTask =
  | { readonly name: string; readonly kind: "eml" | "msg"; readonly bytes: Uint8Array; readonly facts?: boolean }
  | { readonly name: string; readonly kind: "snapshot"; readonly snapshot: MessageSnapshot; readonly facts?: boolean };

/** Produced in input order: a task to check, or a result already known (a read error). */
export type CheckItem = CheckTask | FileResult;

export function isTask(item: CheckItem): item is CheckTask {
  return "kind" in item;
}

/** Adds the DNS answers recipient-domain-unreachable needs, when the policy turns it on. */
async function withDomainChecks(snapshot: MessageSnapshot, domains: DomainChecker | undefined): Promise<MessageSnapshot> {
  if (!domains || snapshot.recipients.length === 0) return snapshot;
  return { ...snapshot, domainChecks: await domains.check(snapshot.recipients.map((r) => domainOf(r.address))) };
}

/** The task's snapshot, archives listed with `listArchive`. */
async function parseWith(task: CheckTask, listArchive: ListArchive, policy: EffectivePolicy): Promise<ParseResult> {
  const archive = { listArchive, archiveMaxBytes: policy.archiveScanMaxBytes };
  if (task.kind === "snapshot") return { ok: true, snapshot: task.snapshot };
  if (task.kind === "msg") return parseMsg(task.bytes, archive);
  return parseEml(task.bytes, { maxBytes: DEFAULT_MAX_BYTES, ...archive });
}

/**
 * Parses a task without 7-Zip first: most messages hold no archive, or only zips, and loading it
 * compiles a 1.6 MB WebAssembly module and keeps its memory, in every worker. A message with any
 * other archive is parsed again once 7-Zip is loaded (the parsers list archives synchronously).
 */
async function parseTask(task: CheckTask, policy: EffectivePolicy): Promise<ParseResult> {
  let needed = false;
  const withoutSevenZip: ListArchive = (bytes, name) => {
    const listing = listWithoutSevenZip(bytes, name);
    if (listing) return listing;
    needed = true;
    return { format: "unknown", entries: [], truncated: false, unreadable: "not listed yet" };
  };
  const first = await parseWith(task, withoutSevenZip, policy);
  return needed ? parseWith(task, await archiveLister(), policy) : first;
}

/** Parses and checks one task; every failure becomes the task's error, never a throw. */
export async function runTask(task: CheckTask, policy: EffectivePolicy, domains?: DomainChecker): Promise<FileResult> {
  const file = task.name;
  try {
    const parsed = await parseTask(task, policy);
    if (!parsed.ok) return { file, error: parsed.error };
    const snapshot = await withDomainChecks(parsed.snapshot, domains);
    const report = checkMessage(snapshot, policy);
    return task.facts === true ? { file, report, facts: messageFacts(snapshot, policy) } : { file, report };
  } catch (error) {
    // A bug in a parser or rule must cost one message, not the whole run.
    return { file, error: `could not be checked: ${error instanceof Error ? error.message : String(error)}` };
  }
}
