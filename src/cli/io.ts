/**
 * Everything the CLI needs from the outside world, behind one interface so the commands run
 * in-process in tests (an in-memory file system, captured output) and on Node for real.
 */
import type { CheckWorkers, WorkerSetup } from "./pool";

export interface FileStat {
  readonly size: number;
  isFile(): boolean;
  isDirectory(): boolean;
}

export interface DirEntry {
  readonly name: string;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

/** A small file read whole, or why it was not: not a regular file, or more than the bytes asked for. */
export type SmallFileRead = { readonly bytes: Uint8Array } | { readonly refused: "not a regular file" | "too big" };

export interface CliIO {
  readFile(path: string): Promise<Uint8Array>;
  /**
   * Reads a regular file of at most `maxBytes` bytes. Anything else is refused without waiting
   * on it or buffering it: a FIFO would block forever, a device like /dev/zero never ends, and a
   * file can be swapped or grow between a stat and the read.
   */
  readSmallFile(path: string, maxBytes: number): Promise<SmallFileRead>;
  /**
   * A regular file's bytes in chunks, for archives too big to read whole (an .mbox). Each chunk
   * is a fresh array the reader may keep; anything but a regular file is refused at open.
   */
  readChunks(path: string): AsyncIterable<Uint8Array>;
  /** Follows symbolic links, like fs.stat. */
  stat(path: string): Promise<FileStat>;
  readdir(path: string): Promise<readonly DirEntry[]>;
  /** Standard input, read up to `maxBytes + 1` bytes so the caller can tell "too big" without holding it all. */
  readStdin(maxBytes: number): Promise<Uint8Array>;
  /** GETs a URL and parses its JSON, within `timeoutMs`; rejects on any failure (DNS look-ups). */
  fetchJson(url: string, timeoutMs: number): Promise<unknown>;
  stdout(text: string): void;
  /**
   * Resolves once standard output has taken what was written (at once when it has). A check
   * awaits it after each result, so a slow reader at the end of a pipe holds the check back
   * instead of the output piling up in memory. Absent where output is captured (tests).
   */
  stdoutWritten?(): Promise<void>;
  stderr(text: string): void;
  readonly isTTY: { readonly stdout: boolean; readonly stderr: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
  /** How many checks can run at once here: `--jobs` defaults to it (os.availableParallelism on Node). */
  readonly cores: number;
  /**
   * Starts `count` worker threads that check tasks, each given `setup` once. Absent where threads
   * cannot run the checks (the in-memory tests): `check` then runs everything in-process.
   */
  startWorkers?(count: number, setup: WorkerSetup): CheckWorkers;
}

/** A file-system error as a short sentence: "no such file or directory", not a stack or errno dump. */
export function describeError(error: unknown): string {
  const code = typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ENOTDIR":
      return "a part of the path is not a directory";
    case "ELOOP":
      return "too many levels of symbolic links";
    case "EMFILE":
    case "ENFILE":
      return "too many open files";
  }
  return error instanceof Error ? error.message : String(error);
}
