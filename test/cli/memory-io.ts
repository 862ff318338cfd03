/** An in-memory CliIO: files by path, folders implied by them, output captured. */
import type { CliIO, DirEntry, FileStat } from "../../src/cli/io";

export interface MemoryFile {
  readonly content?: string | Uint8Array;
  /** Reported by stat instead of the content's length (to fake huge files). */
  readonly size?: number;
  /** readFile fails with this errno code. */
  readonly readError?: string;
  /** readChunks yields these instead of the content (to build huge archives without holding them). */
  readonly chunks?: () => Iterable<Uint8Array>;
  /** readChunks fails with this errno code after yielding this many chunks. */
  readonly failAfterChunks?: { readonly chunks: number; readonly code: string };
}

export interface MemoryIO extends CliIO {
  readonly out: () => string;
  readonly err: () => string;
  /** Paths readFile was called with, in order. */
  readonly reads: string[];
  /** URLs fetchJson was called with, in order. */
  readonly fetched: string[];
  /** One entry per chunk readChunks handed out: the path, and how much stdout held at that moment. */
  readonly chunkReads: { readonly path: string; readonly outputLength: number }[];
}

function fsError(code: string, path: string): Error {
  return Object.assign(new Error(`${code}: fake error, '${path}'`), { code });
}

export function memoryIO(
  files: Readonly<Record<string, string | Uint8Array | MemoryFile>>,
  options: {
    stdin?: string;
    env?: Record<string, string>;
    tty?: boolean;
    stderrTTY?: boolean;
    lockedDirs?: string[];
    /** The size of readChunks' chunks (default 64 KB). */
    chunkBytes?: number;
    /** Answers fetchJson (the DNS look-ups); undefined = a network failure. */
    web?: (url: string) => unknown;
  } = {},
): MemoryIO {
  const table = new Map<string, MemoryFile>(
    Object.entries(files).map(([path, value]) => [path, typeof value === "string" || value instanceof Uint8Array ? { content: value } : value]),
  );
  const bytesOf = (file: MemoryFile): Uint8Array =>
    typeof file.content === "string" ? new TextEncoder().encode(file.content) : (file.content ?? new Uint8Array());
  const isDir = (path: string): boolean => [...table.keys()].some((p) => p.startsWith(`${path.replace(/\/$/, "")}/`));
  let out = "";
  let err = "";
  const reads: string[] = [];
  const fetched: string[] = [];
  const chunkReads: { path: string; outputLength: number }[] = [];
  const stat = async (path: string): Promise<FileStat> => {
    const file = table.get(path);
    if (file) return { size: file.size ?? bytesOf(file).length, isFile: () => true, isDirectory: () => false };
    if (isDir(path)) return { size: 0, isFile: () => false, isDirectory: () => true };
    throw fsError("ENOENT", path);
  };
  return {
    stat,
    async readFile(path) {
      reads.push(path);
      const file = table.get(path);
      if (!file) throw fsError(isDir(path) ? "EISDIR" : "ENOENT", path);
      if (file.readError) throw fsError(file.readError, path);
      return bytesOf(file);
    },
    async readSmallFile(path, maxBytes) {
      reads.push(path);
      const file = table.get(path);
      if (!file) throw fsError(isDir(path) ? "EISDIR" : "ENOENT", path);
      if (file.readError) throw fsError(file.readError, path);
      const bytes = bytesOf(file);
      return bytes.length > maxBytes ? { refused: "too big" } : { bytes };
    },
    async *readChunks(path) {
      const file = table.get(path);
      if (!file) throw fsError(isDir(path) ? "EISDIR" : "ENOENT", path);
      if (file.readError) throw fsError(file.readError, path);
      const step = options.chunkBytes ?? 64 * 1024;
      const bytes = bytesOf(file);
      const source =
        file.chunks?.() ??
        (function* () {
          for (let at = 0; at < bytes.length; at += step) yield bytes.slice(at, at + step);
        })();
      let count = 0;
      for (const chunk of source) {
        if (file.failAfterChunks && count === file.failAfterChunks.chunks) throw fsError(file.failAfterChunks.code, path);
        count++;
        chunkReads.push({ path, outputLength: out.length });
        yield chunk;
      }
    },
    async readdir(path) {
      if (!isDir(path)) throw fsError("ENOENT", path);
      if (options.lockedDirs?.includes(path)) throw fsError("EACCES", path);
      const prefix = `${path.replace(/\/$/, "")}/`;
      const names = new Set<string>();
      for (const p of table.keys()) if (p.startsWith(prefix)) names.add(p.slice(prefix.length).split("/")[0]);
      return [...names].map((name): DirEntry => {
        const full = prefix + name;
        return { name, isFile: () => table.has(full), isDirectory: () => !table.has(full), isSymbolicLink: () => false };
      });
    },
    async fetchJson(url) {
      fetched.push(url);
      const answer = options.web?.(url);
      if (answer === undefined) throw new Error(`no answer for ${url}`);
      return answer;
    },
    async readStdin() {
      return new TextEncoder().encode(options.stdin ?? "");
    },
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    isTTY: { stdout: options.tty ?? false, stderr: options.stderrTTY ?? options.tty ?? false },
    cores: 1,
    env: options.env ?? {},
    out: () => out,
    err: () => err,
    reads,
    fetched,
    chunkReads,
  };
}
