/**
 * Damaged archives of every format, through 7-Zip: the lister never throws, always returns a
 * listing of the attachment's shape, and what 7-Zip hands back stays within the caps. A damaged
 * header can make this build of 7-Zip end with an uncaught error; the runner then swaps in its
 * spare, and the run after `ready()` must work again.
 */
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { gzipSync, strToU8, zipSync } from "fflate";
import { createArchiveLister } from "../../src/archive/lister";
import type { SevenZipRunner } from "../../src/archive/sevenzip-load";
import { buildArchive, testRunner } from "./build-archives";
import { buildRar4, buildRar5 } from "./build-rar";

const EXE = strToU8("MZ harmless test payload");
const fixture = (name: string): Uint8Array => new Uint8Array(fs.readFileSync(path.resolve(__dirname, "../fixtures/archives", name)));
const LIMITS = { maxEntries: 200, nestedMaxBytes: 256 * 1024, totalNestedBytes: 512 * 1024, maxStreamBytes: 256 * 1024 };

let runner: SevenZipRunner;
let seeds: [string, Uint8Array][];
beforeAll(async () => {
  runner = await testRunner();
  const tar = await buildArchive("tar", { "bin/setup.exe": EXE, "a.txt": "x" });
  seeds = [
    ["a.7z", await buildArchive("7z", { "bin/setup.exe": EXE, "in.zip": zipSync({ "b.exe": EXE }) })],
    ["a.tar", tar],
    ["a.tar.gz", gzipSync(tar)],
    ["a.tar.xz", await buildArchive("xz", { "a.tar": tar })],
    ["a.rar", buildRar4({ "bin/setup.exe": EXE, "a.txt": "x" })],
    ["b.rar", buildRar5({ "bin/setup.exe": EXE, "a.txt": "x" })],
    ["a.cab", fixture("setup.cab")],
    ["a.arj", fixture("setup.arj")],
    ["a.lzh", fixture("setup.lzh")],
  ];
}, 30_000);

/** The runner, counting what 7-Zip writes back. */
function counting(): { runner: SevenZipRunner; bytes: () => number } {
  let bytes = 0;
  return {
    bytes: () => bytes,
    runner: {
      get healthy() {
        return runner.healthy;
      },
      ready: () => runner.ready(),
      writeFile: (p, b) => runner.writeFile(p, b),
      removeFile: (p) => runner.removeFile(p),
      run: (args, onStdout) =>
        runner.run(args, (chunk) => {
          bytes += chunk.length;
          return onStdout(chunk);
        }),
    },
  };
}

describe("the archive lister on damaged archives", () => {
  it("never throws, and keeps within its caps, whatever bytes are overwritten or cut", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: 8 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }),
        fc.option(fc.nat(), { nil: undefined }),
        async (which, edits, cut) => {
          await runner.ready();
          const [name, seed] = seeds[which];
          const data = seed.slice(0, cut === undefined ? seed.length : 1 + (cut % seed.length));
          for (const [at, value] of edits) data[at % data.length] = value;
          const counted = counting();
          const listing = createArchiveLister(counted.runner, LIMITS)(data, name);
          expect(typeof listing.format).toBe("string");
          expect(listing.truncated === true || listing.truncated === false).toBe(true);
          if (listing.unreadable !== undefined) expect(listing.entries).toEqual([]);
          // Unpacked bytes stay within the caps (plus 7-Zip's listing text).
          expect(counted.bytes()).toBeLessThan(LIMITS.totalNestedBytes + LIMITS.maxStreamBytes + 256 * 1024);
        },
      ),
      { numRuns: 100 },
    );
    // After all that, a clean archive lists as before.
    await runner.ready();
    expect(createArchiveLister(runner)(seeds[0][1], "a.7z").entries.map((e) => e.path)).toContain("bin/setup.exe");
  }, 120_000);

  it("never throws on random bytes under an archive's name", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 1500 }), fc.constantFrom("x.7z", "x.rar", "x.tar", "x.tgz", "x.bz2", "x.xz", "x.cab", "x.arj", "x.lzh", "x.z", "x.lzma"), async (data, name) => {
        await runner.ready();
        const listing = createArchiveLister(runner, LIMITS)(data, name);
        expect(typeof listing.format).toBe("string");
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});
