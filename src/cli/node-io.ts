/** The real CliIO on Node: fs/promises, process streams and environment. */
import { constants } from "node:fs";
import { open, readFile, readdir, stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import type { CliIO, SmallFileRead } from "./io";
import { builtWorkers } from "./node-workers";
import { fetchDnsJson } from "./dns";

async function readSmallFile(path: string, maxBytes: number): Promise<SmallFileRead> {
  // O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting for one.
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    // Checked on the open file itself, so a path swapped after an earlier stat cannot slip through.
    if (!(await handle.stat()).isFile()) return { refused: "not a regular file" };
    const buffer = new Uint8Array(maxBytes + 1);
    let total = 0;
    while (total < buffer.length) {
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    return total > maxBytes ? { refused: "too big" } : { bytes: buffer.slice(0, total) };
  } finally {
    await handle.close();
  }
}

/** 1 MB reads: few system calls, and a message holds at most one chunk it shares with the next. */
const CHUNK_BYTES = 1024 * 1024;

async function* readChunks(path: string): AsyncGenerator<Uint8Array> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!(await handle.stat()).isFile()) throw Object.assign(new Error("not a regular file"), { code: "ENOTREG" });
    for (;;) {
      // A new buffer each time: the mbox splitter keeps views of the chunks of a message.
      const buffer = new Uint8Array(CHUNK_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) return;
      yield bytesRead === CHUNK_BYTES ? buffer : buffer.slice(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const bytes = chunk instanceof Uint8Array ? chunk : new TextEncoder().encode(String(chunk));
    chunks.push(bytes);
    total += bytes.length;
    // Stop reading past the limit: the caller reports "too big" and must not buffer gigabytes.
    if (total > maxBytes) {
      process.stdin.destroy();
      break;
    }
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

const guarded = new WeakSet<NodeJS.WriteStream>();

function ignoreBrokenPipe(stream: NodeJS.WriteStream): void {
  // `mail-preflight check … | head` closes the pipe early; that is not a failure of the check.
  if (guarded.has(stream)) return;
  guarded.add(stream);
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
}

/**
 * Resolves when the stream wants more. Node queues writes to a pipe in memory; a closed pipe
 * (`| head`) or an error ends the wait too, since no "drain" will follow.
 */
function written(stream: NodeJS.WriteStream): Promise<void> {
  if (!stream.writableNeedDrain || stream.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off("drain", done);
      stream.off("close", done);
      stream.off("error", done);
      resolve();
    };
    stream.on("drain", done);
    stream.on("close", done);
    stream.on("error", done);
  });
}

export function nodeIO(): CliIO {
  ignoreBrokenPipe(process.stdout);
  ignoreBrokenPipe(process.stderr);
  return {
    readFile: async (path) => {
      const buffer = await readFile(path);
      // A view, not new Uint8Array(buffer), which would copy: a 190 MB message would be held twice.
      return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    },
    readSmallFile,
    readChunks,
    stat: (path) => stat(path),
    readdir: (path) => readdir(path, { withFileTypes: true }),
    readStdin,
    fetchJson: fetchDnsJson,
    stdout: (text) => void process.stdout.write(text),
    stdoutWritten: () => written(process.stdout),
    stderr: (text) => void process.stderr.write(text),
    isTTY: { stdout: process.stdout.isTTY === true, stderr: process.stderr.isTTY === true },
    env: process.env,
    cores: availableParallelism(),
    startWorkers: builtWorkers(),
  };
}
