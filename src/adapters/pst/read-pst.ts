/**
 * Outlook data files (.pst, and the .ost cache, which has the same format) → one item per message,
 * through pst-extractor. The file is read through a file descriptor, folder by folder and message
 * by message as the caller asks for the next item, so a 20 GB export is never held in memory.
 *
 * Items are named after their folder path and position: `Inbox/Projects/000012` is the 12th item
 * of the folder's contents table (display names joined by `/`, the nameless root left out; the
 * number counts every item of the folder, mail or not, from 1, six digits so names sort; a
 * folder whose name a sibling already has gets " (2)", " (3)"…).
 * Search folders are skipped: they hold references to messages stored in other folders.
 *
 * A damaged folder or message costs that folder or message: it becomes an error item and the
 * walk goes on. pst-extractor prints its own diagnostics with console.log/console.error (and
 * skips a message it cannot load); both are handled here instead, so nothing reaches stdout.
 */
import fs from "node:fs";
import { PSTFile, type PSTFolder, type PSTMessage } from "pst-extractor";
import type { MessageSnapshot } from "../../engine/snapshot";
import { isMailClass, pstMessageSnapshot, type PstMessageOptions } from "./message";

export type PstItem = { readonly name: string; readonly snapshot: MessageSnapshot } | { readonly name: string; readonly error: string };

/** PidTag node types (MS-PST 2.2.2.1): a search folder's contents live in other folders. */
const NID_TYPE_SEARCH_FOLDER = 0x03;

function message(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/^\w+::\w+\s*/, "").split("\n")[0];
}

/**
 * Runs pst-extractor code with console.log/console.error silenced. Every call is synchronous,
 * so nothing else can log in between; what the library would have printed becomes our errors.
 */
function quiet<T>(call: () => T): T {
  const { log, error } = console;
  console.log = () => undefined;
  console.error = () => undefined;
  try {
    return call();
  } finally {
    console.log = log;
    console.error = error;
  }
}

/** Each step of `items` (the code between two yields) run quietly; closing it closes `items`. */
function* quietly<T>(items: Generator<T>): Generator<T> {
  try {
    for (;;) {
      const step = quiet(() => items.next());
      if (step.done === true) return;
      yield step.value;
    }
  } finally {
    quiet(() => items.return(undefined));
  }
}

/** pst-extractor's cursor into a folder's contents: it moves past a message it could not load. */
function cursorOf(folder: PSTFolder): number {
  return (folder as unknown as { currentEmailIndex: number }).currentEmailIndex;
}

function itemName(path: readonly string[], position: number): string {
  return [...path, String(position).padStart(6, "0")].join("/");
}

function snapshotItem(name: string, child: PSTMessage, options: PstMessageOptions): PstItem {
  const messageClass = child.messageClass;
  if (!isMailClass(messageClass)) return { name, error: `not a mail message: an Outlook item of class ${messageClass}` };
  try {
    return { name, snapshot: pstMessageSnapshot(child, options) };
  } catch (error) {
    return { name, error: `message could not be read: ${message(error)}` };
  }
}

function* folderItems(folder: PSTFolder, path: readonly string[], options: PstMessageOptions): Generator<PstItem> {
  const count = folder.contentCount;
  for (let index = 0; index < count; ) {
    let child: PSTMessage | null;
    try {
      folder.moveChildCursorTo(index);
      child = folder.getNextChild() as PSTMessage | null;
    } catch (error) {
      yield { name: itemName(path, index + 1), error: `message could not be read: ${message(error)}` };
      index++;
      continue;
    }
    const next = cursorOf(folder);
    // The library skipped the messages it could not load; each is said, not lost.
    for (let skipped = index; skipped < next - 1; skipped++) yield { name: itemName(path, skipped + 1), error: "message could not be read: damaged item in the folder" };
    if (child === null) return;
    yield snapshotItem(itemName(path, next), child, options);
    index = Math.max(next, index + 1);
  }
}

function* walk(folder: PSTFolder, path: readonly string[], options: PstMessageOptions): Generator<PstItem> {
  if (folder.getNodeType() === NID_TYPE_SEARCH_FOLDER) return;
  yield* folderItems(folder, path, options);
  if (!folder.hasSubfolders) return;
  let subfolders: PSTFolder[];
  try {
    subfolders = folder.getSubFolders();
  } catch (error) {
    yield { name: path.join("/") || "/", error: `folder could not be read: ${message(error)}` };
    return;
  }
  // Sibling folders may share a name (an .ost holds one "Root - Mailbox" per account): the
  // second is "Inbox (2)", so every item keeps a name of its own.
  const seen = new Map<string, number>();
  for (const sub of subfolders) {
    const name = sub.displayName;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    yield* walk(sub, [...path, n === 1 ? name : `${name} (${n})`], options);
  }
}

/** Why a file cannot be opened as a .pst, or undefined when its first bytes say it is one. */
export function pstHeaderProblem(head: Uint8Array): string | undefined {
  if (head.length < 4 || String.fromCharCode(head[0], head[1], head[2], head[3]) !== "!BDN") return "not an Outlook .pst/.ost file (it does not start with the !BDN signature)";
  return undefined;
}

/**
 * new PSTFile(file), without leaking its file descriptor when it throws. The constructor opens the
 * file and then checks its header, version and name map; when one of those throws, the object it
 * opened the descriptor on is gone and nothing can close it: a folder of damaged exports would
 * leak one per file. So the descriptors it opens are noted, and closed if it does not return.
 */
function openPst(file: string): PSTFile {
  const opened: number[] = [];
  const openSync = fs.openSync;
  fs.openSync = ((...args: Parameters<typeof fs.openSync>) => {
    const fd = openSync(...args);
    opened.push(fd);
    return fd;
  }) as typeof fs.openSync;
  try {
    return new PSTFile(file);
  } catch (error) {
    for (const fd of opened) fs.closeSync(fd);
    throw error;
  } finally {
    fs.openSync = openSync;
  }
}

/**
 * The items of a .pst/.ost file in folder order. Opening throws an Error with a clear message
 * when the file is not a readable Outlook data file (check pstHeaderProblem first for the common
 * case); the file is closed when the walk ends or the caller stops early.
 */
export function* readPst(file: string, options: PstMessageOptions = {}): Generator<PstItem> {
  let pst: PSTFile;
  try {
    pst = quiet(() => openPst(file));
  } catch (error) {
    throw new Error(`not a readable Outlook .pst/.ost file: ${message(error)}`);
  }
  try {
    yield* quietly(walk(quiet(() => pst.getRootFolder()), [], options));
  } finally {
    pst.close();
  }
}
