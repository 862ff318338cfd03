/**
 * A .pst/.ost as inputs: each message a result named `export.pst#Inbox/Projects/000012` (folder
 * display names joined by `/`, then the item's position in its folder; see src/adapters/pst).
 * Read folder by folder, one message at a time as the checks ask for it, never whole. A damaged
 * folder or message costs that item; a file that is not an Outlook data file gets one error.
 */
import { pstHeaderProblem, readPst } from "../adapters/pst";
import type { EffectivePolicy } from "../engine/policy/types";
import { archiveLister } from "./archives";
import type { CheckItem } from "./check-task";
import { describeError, type CliIO } from "./io";

export function isPst(name: string): boolean {
  return /\.(pst|ost)$/i.test(name);
}

/** The first chunk of the file, for its signature (the read stops there). */
async function head(file: string, io: CliIO): Promise<Uint8Array> {
  for await (const chunk of io.readChunks(file)) return chunk;
  return new Uint8Array();
}

/** Lets finished checks and file reads through between messages: reading a .pst is synchronous. */
function breathe(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export async function* pstItems(file: string, io: CliIO, policy: EffectivePolicy): AsyncGenerator<CheckItem> {
  try {
    const info = await io.stat(file);
    if (!info.isFile()) {
      yield { file, error: info.isDirectory() ? "is a directory" : "not a regular file" };
      return;
    }
    const problem = pstHeaderProblem(await head(file, io));
    if (problem !== undefined) {
      yield { file, error: problem };
      return;
    }
  } catch (error) {
    yield { file, error: `cannot read: ${describeError(error)}` };
    return;
  }
  let count = 0;
  try {
    const listArchive = await archiveLister();
    for (const item of readPst(file, { listArchive, archiveMaxBytes: policy.archiveScanMaxBytes })) {
      count++;
      const name = `${file}#${item.name}`;
      yield "error" in item ? { file: name, error: item.error } : { name, kind: "snapshot", snapshot: item.snapshot };
      await breathe();
    }
  } catch (error) {
    const after = count > 0 ? ` after message ${count}` : "";
    yield { file, error: count > 0 ? `cannot read${after}: ${describeError(error)}` : describeError(error) };
    return;
  }
  if (count === 0) yield { file, error: "no messages in this Outlook data file" };
}
