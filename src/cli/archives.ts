/**
 * The CLI's archive lister: zip through src/archive's own reader, every other format through
 * 7-Zip (7z-wasm, bundled into dist/cli.js; its .wasm file sits next to it in dist/). Loaded on
 * first use; if it cannot load, zip is still listed and other archives are reported as not
 * checked, with the reason.
 */
import { createArchiveLister, type ListArchive } from "../archive/lister";
import { loadSevenZip, type SevenZipRunner } from "../archive/sevenzip-load";

/** Emscripten sets process.exitCode at every 7zz run; the CLI's (and jest's) exit code is its own. */
export function keepExitCode<T>(run: () => T): T {
  const saved = process.exitCode;
  try {
    return run();
  } finally {
    process.exitCode = saved;
  }
}

let loading: Promise<{ readonly list: ListArchive; readonly runner?: SevenZipRunner }> | undefined;

/** The lister, with a usable 7-Zip instance (a fresh one if the last archive crashed it). */
export async function archiveLister(): Promise<ListArchive> {
  loading ??= loadSevenZip(keepExitCode).then(
    (runner) => ({ runner, list: createArchiveLister(runner) }),
    (error: unknown) => ({ list: createArchiveLister(undefined, {}, `7-Zip could not be loaded: ${error instanceof Error ? error.message : String(error)}`) }),
  );
  const { list, runner } = await loading;
  await runner?.ready().catch(() => undefined);
  return list;
}
