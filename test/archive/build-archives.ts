/**
 * Builds small archives for the tests with 7-Zip itself (7z-wasm): 7z, tar, gzip, bzip2, xz and
 * zip, so no archive tool has to be installed. rar, cab, arj and lzh, which 7-Zip reads but does
 * not write, come from test/fixtures/archives (see its README) or build-rar.ts.
 */
import SevenZip from "7z-wasm";
import { loadSevenZip, type SevenZipRunner } from "../../src/archive/sevenzip-load";
import { keepExitCode } from "../../src/cli/archives";

type Module = Awaited<ReturnType<typeof SevenZip>>;

let runner: Promise<SevenZipRunner> | undefined;
export function testRunner(): Promise<SevenZipRunner> {
  runner ??= loadSevenZip(keepExitCode);
  return runner;
}

let made = 0;

export type Files = Readonly<Record<string, string | Uint8Array>>;

/**
 * An archive of `files` made by `7zz a -t<type>`. `switches` adds 7-Zip switches
 * (e.g. "-mhe=on", "-pSecret"). Paths may contain folders.
 */
export async function buildArchive(type: "7z" | "tar" | "zip" | "gzip" | "bzip2" | "xz", files: Files, switches: readonly string[] = []): Promise<Uint8Array> {
  // A fresh instance each time: 7-Zip's wasm build keeps memory (and after some errors, bad state)
  // from one run to the next, and tests build many archives.
  const sz: Module = await SevenZip({ noExitRuntime: true, print: () => undefined, printErr: () => undefined });
  made += 1;
  const dir = `/build${made}`;
  sz.FS.mkdir(dir);
  for (const [path, content] of Object.entries(files)) {
    const parts = path.split("/");
    for (let i = 1; i < parts.length; i += 1) {
      const sub = `${dir}/${parts.slice(0, i).join("/")}`;
      try {
        sz.FS.mkdir(sub);
      } catch {
        // exists
      }
    }
    sz.FS.writeFile(`${dir}/${path}`, content);
  }
  sz.FS.chdir(dir);
  const out = `/out${made}.${type === "gzip" ? "gz" : type === "bzip2" ? "bz2" : type}`;
  // Many names as arguments overflow 7zz's small stack: a wildcard then (the folder holds only them).
  const inputs = Object.keys(files).length > 50 ? ["*"] : Object.keys(files).map((p) => p.split("/")[0]);
  const callMain = sz.callMain as unknown as (args: string[]) => number;
  const code = keepExitCode(() => callMain(["a", "-bd", "-bso0", `-t${type}`, ...switches, out, ...new Set(inputs)]));
  sz.FS.chdir("/");
  if (code !== 0) throw new Error(`7zz a -t${type} failed (${code})`);
  return sz.FS.readFile(out);
}

/** A gzip of one file, with its name in the gzip header (what `gzip name` writes). */
export function gzipNamed(name: string, content: Uint8Array): Promise<Uint8Array> {
  return buildArchive("gzip", { [name]: content });
}
