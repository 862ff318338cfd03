/**
 * 7-Zip (the `7z-wasm` build of 7zz 24.09) as a synchronous runner over its in-memory file
 * system. Loading is asynchronous (the .wasm file is fetched and compiled once); every run after
 * that is a plain synchronous call. The pane loads this in its "archive" chunk, with the .wasm
 * emitted by webpack beside it and fetched from the add-in's own origin; the CLI bundles it and
 * reads the .wasm next to dist/cli.js.
 */
import SevenZip from "7z-wasm";

export interface SevenZipRun {
  /** 7zz's exit code: 0 fine, 1 warnings, 2 fatal error (damaged, wrong password, write refused). */
  readonly code: number;
  /** What it wrote to stderr, one line per item. */
  readonly errors: readonly string[];
  /** 7-Zip ended with an uncaught internal error: this instance is not used again. */
  readonly crashed?: boolean;
}

/** What src/archive/lister.ts needs from 7-Zip; tests can stand in for it. */
export interface SevenZipRunner {
  /**
   * Runs `7zz args`. What it writes to stdout goes to `onStdout`, a chunk at a time (a view of
   * 7-Zip's memory: copy what you keep); returning false makes that write fail (EIO), and 7zz
   * stops or carries on without output: that is how the listing's caps cut a run short.
   */
  run(args: readonly string[], onStdout: (chunk: Uint8Array) => boolean): SevenZipRun;
  writeFile(path: string, bytes: Uint8Array): void;
  removeFile(path: string): void;
  /** False after a crash, until `ready()` has put a fresh instance in place. */
  readonly healthy: boolean;
  /** Resolves once a usable instance is loaded (at once, unless the last one crashed). */
  ready(): Promise<void>;
}

/**
 * Runs one synchronous call. In Node, Emscripten sets `process.exitCode` to 7zz's exit code at
 * every run; the CLI passes a guard that puts its own exit code back.
 */
export type RunGuard = <T>(run: () => T) => T;

type Instance = Awaited<ReturnType<typeof SevenZip>>;

/** The parts of Emscripten's FS the stdout route uses (not in 7z-wasm's typings). */
interface StreamFS {
  getStream(fd: number): { stream_ops: Record<string, unknown> } | null;
  ErrnoError: new (errno: number) => Error;
}

const EIO = 29;

/**
 * 7zz's stdout (fd 1) as whole chunks, not Emscripten's byte-at-a-time terminal: listing 100,000
 * entries then takes a quarter of a second instead of five. A refused chunk fails the write with
 * EIO, which 7-Zip handles as an error of its own (a thrown JavaScript error would not be).
 */
function routeStdout(instance: Instance, sink: (chunk: Uint8Array) => boolean): void {
  const fs = instance.FS as unknown as StreamFS;
  const stream = fs.getStream(1);
  if (!stream) throw new Error("7-Zip has no standard output");
  stream.stream_ops = {
    ...stream.stream_ops,
    write: (_stream: unknown, buffer: Uint8Array, offset: number, length: number): number => {
      if (!sink(buffer.subarray(offset, offset + length))) throw new fs.ErrnoError(EIO);
      return length;
    },
  };
}

/**
 * 7-Zip built for WebAssembly cannot catch its own C++ exceptions: a few failures (a wrong
 * password on some files, some damaged headers) leave main() by a JavaScript throw, after which
 * its memory and stack are not trusted. Such an instance is dropped for the spare, and a new
 * spare loaded; if a second crash comes before it is ready, the archives asked for meanwhile are
 * reported as not checked.
 */
export async function loadSevenZip(guard: RunGuard = (run) => run()): Promise<SevenZipRunner> {
  let sink: (chunk: Uint8Array) => boolean = () => true;
  let errors: string[] = [];
  const create = async (): Promise<Instance> => {
    const instance = await SevenZip({
      noExitRuntime: true,
      print: () => undefined,
      printErr: (line: string) => {
        // Bounded: a damaged archive can make 7zz report one error per entry.
        if (errors.length < 100) errors.push(line);
      },
    });
    routeStdout(instance, (chunk) => sink(chunk));
    return instance;
  };
  let current: Instance | undefined = await create();
  // A spare instance takes over at once after a crash: a listing is synchronous, and the next
  // archive in the same message should not wait for a reload. It is loaded only once a crash has
  // been seen: each instance fetches and compiles the 1.6 MB .wasm and holds its own memory, and
  // almost every session (and every CLI worker) never crashes one.
  let spare: Instance | undefined;
  let keepSpare = false;
  let loading: Promise<void> | undefined;
  const refill = (): Promise<void> => {
    loading ??= create().then(
      (fresh) => {
        if (current) spare = fresh;
        else current = fresh;
        loading = undefined;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  const restock = async (): Promise<void> => {
    while (!current) await refill();
    if (keepSpare && !spare) await refill();
  };
  return {
    get healthy() {
      return current !== undefined;
    },
    ready: restock,
    run(args, onStdout) {
      const instance = current;
      if (!instance) return { code: 2, errors: ["7-Zip is not loaded"], crashed: true };
      // Typed as void upstream; Emscripten's callMain returns main()'s exit code.
      const callMain = instance.callMain as unknown as (args: string[]) => number | undefined;
      sink = onStdout;
      errors = [];
      try {
        const code = guard(() => callMain([...args]));
        return { code: typeof code === "number" ? code : 0, errors };
      } catch {
        current = spare;
        spare = undefined;
        keepSpare = true;
        restock().catch(() => undefined);
        return { code: 2, errors: [...errors, "7-Zip stopped with an internal error"], crashed: true };
      } finally {
        sink = () => true;
      }
    },
    writeFile: (path, bytes) => current?.FS.writeFile(path, bytes),
    removeFile: (path) => {
      try {
        current?.FS.unlink(path);
      } catch {
        // already gone: nothing to free
      }
    },
  };
}
