/**
 * Archive bombs of every format the lister reads, built here (small on disk, huge when unpacked
 * or listed): each listing stops at its cap and says it was cut short. The work is measured by
 * what 7-Zip hands back (bytes unpacked, entries listed, runs), never by the clock.
 */
import fs from "node:fs";
import path from "node:path";
import { gzipSync, strToU8, zipSync } from "fflate";
import { createArchiveLister, type ArchiveLimits } from "../../src/archive/lister";
import { allEntries } from "../../src/archive/walk";
import type { ArchiveListing } from "../../src/engine/snapshot";
import type { SevenZipRunner } from "../../src/archive/sevenzip-load";
import { buildArchive, testRunner } from "./build-archives";
import { buildRar4, buildRar5 } from "./build-rar";
import { buildZip } from "./build-zip";

const MB = 1024 * 1024;
const EXE = strToU8("MZ harmless test payload");
const fixture = (name: string): Uint8Array => new Uint8Array(fs.readFileSync(path.resolve(__dirname, "../fixtures/archives", name)));

/** The test runner, counting the runs and the bytes 7-Zip writes back. */
interface Counted {
  runs: number;
  bytes: number;
}
let base: SevenZipRunner;
beforeAll(async () => {
  base = await testRunner();
});
function counted(): { runner: SevenZipRunner; count: Counted } {
  const count: Counted = { runs: 0, bytes: 0 };
  const runner: SevenZipRunner = {
    get healthy() {
      return base.healthy;
    },
    ready: () => base.ready(),
    writeFile: (p, b) => base.writeFile(p, b),
    removeFile: (p) => base.removeFile(p),
    run(args, onStdout) {
      count.runs += 1;
      return base.run(args, (chunk) => {
        count.bytes += chunk.length;
        return onStdout(chunk);
      });
    },
  };
  return { runner, count };
}

function listCounted(bytes: Uint8Array, name: string, limits: Partial<ArchiveLimits> = {}): { listing: ArchiveListing; count: Counted } {
  const { runner, count } = counted();
  return { listing: createArchiveLister(runner, limits)(bytes, name), count };
}

const cutShort = (l: ArchiveListing): boolean => l.truncated || l.entries.some((e) => e.listing !== undefined && cutShort(e.listing));
const names = (l: ArchiveListing): string[] => allEntries(l).map((v) => v.entry.path);

describe("archive bombs stop at their caps", () => {
  it("a tar.gz whose tar is huge: unpacked only up to the stream cap, and the same work for twice the size", async () => {
    const tarOf = (size: number): Promise<Uint8Array> => buildArchive("tar", { "big.bin": new Uint8Array(size), "z/setup.exe": EXE });
    const small = gzipSync(await tarOf(3 * MB));
    const large = gzipSync(await tarOf(6 * MB));
    expect(large.length).toBeLessThan(64 * 1024); // the bomb: kilobytes that unpack to megabytes
    const a = listCounted(small, "a.tar.gz", { maxStreamBytes: MB });
    const b = listCounted(large, "a.tar.gz", { maxStreamBytes: MB });
    for (const { listing, count } of [a, b]) {
      expect(cutShort(listing)).toBe(true);
      expect(names(listing)).toContain("big.bin");
      expect(count.bytes).toBeLessThan(MB + 64 * 1024); // the cap, plus 7-Zip's listing text
    }
    expect(b.count.bytes).toBeLessThan(a.count.bytes * 1.2);
    // Under the cap the whole tar is read, and the program after the big file is found.
    expect(names(listCounted(large, "a.tar.gz").listing)).toContain("z/setup.exe");
  });

  it("a compressed program is never inflated: only enough of it to see that it is no archive", () => {
    const { listing, count } = listCounted(gzipSync(new Uint8Array(8 * MB)), "data.gz");
    expect(names(listing)).toEqual(["data"]);
    expect(count.bytes).toBeLessThan(4096);
  });

  it("a 7z with a huge number of entries: its header's declared size keeps 7-Zip from parsing it", async () => {
    const files = Object.fromEntries(Array.from({ length: 4000 }, (_, i) => [`f${i}.txt`, ""]));
    const many = await buildArchive("7z", files);
    const refused = listCounted(many, "many.7z", { maxHeaderBytes: 8 * 1024 });
    expect(refused.listing).toMatchObject({ entries: [], truncated: true, unreadable: expect.stringMatching(/header declares \d+ bytes/) });
    expect(refused.count.runs).toBe(0);
    // Within the header cap, the entry cap stops the listing (7-Zip's output is cut).
    const capped = listCounted(many, "many.7z", { maxEntries: 300 });
    expect(capped.listing.entries).toHaveLength(300);
    expect(capped.listing.truncated).toBe(true);
  });

  it.each([
    ["rar 4", () => buildRar4(Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`f${i}.txt`, "x"])))],
    ["rar 5", () => buildRar5(Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`f${i}.txt`, "x"])))],
    ["tar", () => buildArchive("tar", Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`f${i}.txt`, "x"])))],
    ["cab", () => fixture("setup.cab")],
    ["arj", () => fixture("setup.arj")],
    ["lzh", () => fixture("setup.lzh")],
  ])("a %s with more entries than the cap is listed up to the cap", async (_, build) => {
    const bytes = await build();
    const { listing } = listCounted(bytes, "x.bin", { maxEntries: 1 });
    expect(listing.entries).toHaveLength(1);
    expect(listing.truncated).toBe(true);
  });

  it("a nested archive that claims to be small but is not: cut at its declared size", async () => {
    const tar = await buildArchive("tar", Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`f${i}.exe`, EXE])));
    const liar = buildZip([{ name: "in.tar", data: tar, size: 2048, compressedSize: tar.length }]);
    const { listing, count } = listCounted(liar, "liar.zip");
    expect(count.bytes).toBeLessThan(2048 + 64 * 1024);
    expect(names(listing).length).toBeLessThan(41);
  });

  it("a solid 7z: a small archive behind a big file counts what 7-Zip unpacks to reach it", async () => {
    const solid = await buildArchive("7z", { "a.bin": new Uint8Array(3 * MB), "z.zip": zipSync({ "setup.exe": EXE }) }, ["-ms=on"]);
    const { listing, count } = listCounted(solid, "solid.7z", { nestedMaxBytes: MB });
    expect(cutShort(listing)).toBe(true);
    expect(count.bytes).toBeLessThan(64 * 1024); // nothing extracted, only listed
  });

  it("many nested archives share one budget of unpacked bytes", async () => {
    const inner = await buildArchive("7z", { "a.bin": new Uint8Array(600 * 1024) }, ["-mx=0"]);
    const outer = zipSync(Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`in${i}.7z`, inner])), { level: 0 });
    const { listing, count } = listCounted(outer, "outer.zip", { totalNestedBytes: 2 * MB });
    expect(cutShort(listing)).toBe(true);
    expect(count.bytes).toBeLessThan(2 * MB + 64 * 1024);
  });
});
