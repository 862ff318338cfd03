/**
 * An .mbox archive as inputs: each message a result named `archive.mbox#N` (1-based), handed on
 * to be checked as soon as the splitter has it, so the archive is never read whole. A damaged message, an empty
 * one or one over the per-message cap costs that message alone; a read error ends the archive
 * with one more error line after the messages already checked.
 */
import { splitMbox, type MboxItemError } from "../adapters/mbox/split";
import type { CheckItem } from "./check-task";
import { describeError, type CliIO } from "./io";

export function isMbox(name: string): boolean {
  return name.toLowerCase().endsWith(".mbox");
}

function sizeText(bytes: number): string {
  const mb = 1024 * 1024;
  return bytes >= mb ? `${Math.round(bytes / mb)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function itemError(error: MboxItemError, maxBytes: number): string {
  switch (error.kind) {
    case "too big":
      return `message is ${sizeText(error.size)}, over the ${sizeText(maxBytes)} limit; not read`;
    case "no From line":
      return 'text before the first "From " line: not an mbox message (the archive is damaged or is not an mbox)';
    case "empty":
      return "empty message";
  }
}

/** Every message of the archive as a task to check (or its error), in archive order. */
export async function* mboxItems(file: string, io: CliIO, maxMessageBytes: number): AsyncGenerator<CheckItem> {
  let count = 0;
  try {
    const info = await io.stat(file);
    if (info.isDirectory()) {
      yield { file, error: "is a directory" };
      return;
    }
    if (!info.isFile()) {
      yield { file, error: "not a regular file" };
      return;
    }
    for await (const item of splitMbox(io.readChunks(file), maxMessageBytes)) {
      count = item.index;
      const name = `${file}#${item.index}`;
      yield "bytes" in item ? { name, kind: "eml", bytes: item.bytes } : { file: name, error: itemError(item.error, maxMessageBytes) };
    }
  } catch (error) {
    const after = count > 0 ? ` after message ${count}` : "";
    yield { file, error: `cannot read${after}: ${describeError(error)}` };
    return;
  }
  if (count === 0) yield { file, error: "no messages in this mbox archive" };
}
