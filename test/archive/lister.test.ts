/**
 * The archive lister on real archives of every format it reads: 7z, tar, gzip / bzip2 / xz (and
 * the tar inside) and zip built by 7-Zip in the test, RAR 4 / 5 built byte by byte, cab / arj /
 * lzh from tiny committed fixtures (test/fixtures/archives/README.md).
 */
import fs from "node:fs";
import path from "node:path";
import { gzipSync, strToU8, zipSync } from "fflate";
import { createArchiveLister, innerStreamName, listArchiveLazily } from "../../src/archive/lister";
import { allEntries, NESTING_SEPARATOR } from "../../src/archive/walk";
import type { ArchiveListing } from "../../src/engine/snapshot";
import type { SevenZipRunner } from "../../src/archive/sevenzip-load";
import { buildArchive, testRunner } from "./build-archives";
import { buildRar4, buildRar5 } from "./build-rar";

const FIXTURES = path.resolve(__dirname, "../fixtures/archives");
const fixture = (name: string): Uint8Array => new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));
const EXE = strToU8("MZ harmless test payload");

/** Every path at every depth, outer first, joined like the rules show them. */
const paths = (listing: ArchiveListing): string[] => allEntries(listing).map((v) => v.chain.join(NESTING_SEPARATOR));

let runner: SevenZipRunner;
beforeAll(async () => {
  runner = await testRunner();
});
const list = (bytes: Uint8Array, name: string, limits = {}): ArchiveListing => createArchiveLister(runner, limits)(bytes, name);

describe("listing each format", () => {
  it("lists a 7z (LZMA2, compressed header) and a tar", async () => {
    const files = { "bin/setup.exe": EXE, "docs/说明.txt": "hi" };
    for (const type of ["7z", "tar"] as const) {
      const listing = list(await buildArchive(type, files), `a.${type}`);
      expect(listing).toMatchObject({ format: type, truncated: false });
      expect(paths(listing).sort()).toEqual(["bin/setup.exe", "docs/说明.txt"]);
      expect(listing.entries.find((e) => e.path === "bin/setup.exe")?.size).toBe(EXE.length);
    }
  });

  it("lists the tar inside a .tar.gz, .tar.bz2 and .txz", async () => {
    const tar = await buildArchive("tar", { "setup.exe": EXE });
    expect(paths(list(await buildArchive("gzip", { "src.tar": tar }), "src.tar.gz"))).toEqual(["src.tar", `src.tar${NESTING_SEPARATOR}setup.exe`]);
    expect(paths(list(await buildArchive("bzip2", { "src.tar": tar }), "src.tar.bz2"))).toEqual(["src.tar", `src.tar${NESTING_SEPARATOR}setup.exe`]);
    expect(paths(list(await buildArchive("xz", { "x.tar": tar }), "src.txz"))).toEqual(["src.tar", `src.tar${NESTING_SEPARATOR}setup.exe`]);
  });

  it("names a gzip's content from its header, or from the attachment's name when it stores none", async () => {
    expect(paths(list(await buildArchive("gzip", { "setup.exe": EXE }), "x.gz"))).toEqual(["setup.exe"]);
    // GNU tar | gzip stores no name: "tools.tgz" holds "tools.tar".
    const tar = await buildArchive("tar", { "run.bat": "@echo off" });
    expect(paths(list(gzipSync(tar), "tools.tgz"))).toEqual(["tools.tar", `tools.tar${NESTING_SEPARATOR}run.bat`]);
    // A ".gz" whose name says nothing: the content is sniffed, and a tar is opened.
    expect(paths(list(gzipSync(tar), "backup.gz"))).toEqual(["backup", `backup${NESTING_SEPARATOR}run.bat`]);
  });

  it("lists RAR 4 and RAR 5", () => {
    for (const build of [buildRar4, buildRar5]) {
      const listing = list(build({ "bin/setup.exe": EXE, "a.txt": "x" }), "x.rar");
      expect(listing.format).toMatch(/^rar/);
      expect(paths(listing)).toEqual(["bin/setup.exe", "a.txt"]);
    }
  });

  it.each([
    ["setup.cab", "cab", ["setup.exe", "readme.txt"]],
    ["setup.arj", "arj", ["bin/setup.exe", "readme.txt"]],
    ["setup.lzh", "lzh", ["bin/setup.exe", "readme.txt"]],
  ])("lists %s", (file, format, expected) => {
    const listing = list(fixture(file), file);
    expect(listing).toMatchObject({ format, truncated: false });
    expect(paths(listing)).toEqual(expected);
  });

  it("goes by the bytes, not the name: a 7z named .zip, an arj named .pdf", async () => {
    expect(list(await buildArchive("7z", { "a.exe": EXE }), "a.zip").format).toBe("7z");
    expect(paths(list(fixture("setup.arj"), "old.arj"))).toContain("bin/setup.exe");
  });
});

describe("nesting", () => {
  it("opens archives inside archives, whatever their formats", async () => {
    const inner7z = await buildArchive("7z", { "x/setup.exe": EXE });
    const zip = zipSync({ "inner.7z": inner7z, "a.txt": strToU8("a") });
    const outer = await buildArchive("7z", { "nested.zip": zip });
    const chain = (...parts: string[]): string => parts.join(NESTING_SEPARATOR);
    expect(paths(list(outer, "outer.7z")).sort()).toEqual([chain("nested.zip"), chain("nested.zip", "a.txt"), chain("nested.zip", "inner.7z"), chain("nested.zip", "inner.7z", "x/setup.exe")]);
    const tgz = await buildArchive("gzip", { "t.tar": await buildArchive("tar", { "lib/tool.scr": EXE }) });
    expect(paths(list(zipSync({ "t.tgz": tgz }), "a.zip"))).toContain(["t.tgz", "t.tar", "lib/tool.scr"].join(NESTING_SEPARATOR));
  });

  it("opens a 7z inside a zip inside a zip, as deep as zips inside zips", async () => {
    const deep = zipSync({ "mid.zip": zipSync({ "in.7z": await buildArchive("7z", { "setup.exe": EXE }) }) });
    expect(paths(list(deep, "outer.zip"))).toContain(["mid.zip", "in.7z", "setup.exe"].join(NESTING_SEPARATOR));
  });

  it("stops three levels below the attachment and says the listing is cut short", async () => {
    let bytes = await buildArchive("7z", { "deep.exe": EXE });
    for (let level = 0; level < 5; level += 1) bytes = level % 2 ? await buildArchive("7z", { [`l${level}.zip`]: bytes }) : zipSync({ [`l${level}.7z`]: bytes });
    const listing = list(bytes, "outer.7z");
    expect(Math.max(...allEntries(listing).map((v) => v.chain.length))).toBe(4); // outer › 1 › 2 › 3
    expect(paths(listing).some((p) => p.endsWith("deep.exe"))).toBe(false);
    const gaps = (l: ArchiveListing): boolean => l.truncated || l.entries.some((e) => e.listing !== undefined && gaps(e.listing));
    expect(gaps(listing)).toBe(true);
  });
});

describe("encryption", () => {
  it("marks the entries of a password-protected 7z, whose names stay readable", async () => {
    const listing = list(await buildArchive("7z", { "a.exe": EXE }, ["-pSecret"]), "a.7z");
    expect(listing.entries).toEqual([expect.objectContaining({ path: "a.exe", encrypted: true })]);
  });

  it("reports a 7z or rar that encrypts even its names, without asking 7-Zip", async () => {
    const hidden = [await buildArchive("7z", { "a.exe": EXE }, ["-pSecret", "-mhe=on"]), buildRar4({ "a.exe": EXE }, { encryptedHeaders: true }), buildRar5({}, { encryptedHeaders: true })];
    for (const bytes of hidden) expect(list(bytes, "x.bin")).toMatchObject({ entries: [], encryptedHeaders: true, unreadable: expect.stringMatching(/password/) });
  });
});

describe("what cannot be listed", () => {
  it("names why: random bytes, a cut-off 7z, a format 7-Zip does not read", async () => {
    expect(list(new Uint8Array(300).fill(7), "junk.7z")).toMatchObject({ entries: [], unreadable: expect.stringMatching(/not a readable 7z/) });
    const cut = (await buildArchive("7z", { "a.txt": "x".repeat(500) })).subarray(0, 60);
    expect(list(cut, "cut.7z").unreadable).toBeDefined();
    expect(list(strToU8("just text"), "notes.txt")).toMatchObject({ format: "unknown", unreadable: expect.any(String) });
  });

  it("still lists zips without 7-Zip, and says why the rest was not read", async () => {
    const lister = createArchiveLister(undefined, {}, "7-Zip could not be loaded");
    expect(paths(lister(zipSync({ "a.exe": EXE }), "a.zip"))).toEqual(["a.exe"]);
    expect(lister(await buildArchive("7z", { "a.exe": EXE }), "a.7z")).toMatchObject({ unreadable: "7-Zip could not be loaded" });
  });
});

describe("listArchiveLazily (the pane's way in)", () => {
  it("lists a zip of zips without loading 7-Zip, and loads it for anything else", async () => {
    const load = jest.fn(() => Promise.resolve(runner));
    expect(paths(await listArchiveLazily(zipSync({ "in.zip": zipSync({ "a.exe": EXE }) }), "a.zip", load))).toEqual(["in.zip", ["in.zip", "a.exe"].join(NESTING_SEPARATOR)]);
    expect(load).not.toHaveBeenCalled();
    expect(paths(await listArchiveLazily(zipSync({ "in.7z": await buildArchive("7z", { "a.exe": EXE }) }), "a.zip", load))).toContain(["in.7z", "a.exe"].join(NESTING_SEPARATOR));
    expect(paths(await listArchiveLazily(fixture("setup.cab"), "setup.cab", load))).toContain("setup.exe");
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("reports a 7-Zip that failed to load as the reason the archive was not checked", async () => {
    const listing = await listArchiveLazily(fixture("setup.arj"), "setup.arj", () => Promise.reject(new Error("Loading chunk archive failed.")));
    expect(listing.unreadable).toMatch(/Loading chunk archive failed/);
  });
});

describe("the 7-Zip runner", () => {
  it("replaces an instance that 7-Zip left by an uncaught error: by reloading, then with a spare kept from then on", async () => {
    // A wrong password on an encrypted header is one way to make this build of 7zz throw.
    const bytes = await buildArchive("7z", { "a.exe": EXE }, ["-pSecret", "-mhe=on"]);
    const crash = (): unknown => {
      runner.writeFile("/crash.7z", bytes);
      return runner.run(["l", "-pwrong", "/crash.7z"], () => true);
    };
    await runner.ready();
    expect(crash()).toMatchObject({ crashed: true });
    await runner.ready(); // a fresh instance, and now a spare beside it
    expect(runner.healthy).toBe(true);
    expect(paths(list(fixture("setup.arj"), "setup.arj"))).toContain("bin/setup.exe");
    expect(crash()).toMatchObject({ crashed: true });
    expect(runner.healthy).toBe(true); // the spare took over at once
    expect(paths(list(fixture("setup.arj"), "setup.arj"))).toContain("bin/setup.exe");
    crash();
    if (!runner.healthy) {
      // A second crash before the new spare is ready: reported, never thrown.
      expect(list(fixture("setup.arj"), "setup.arj").unreadable).toMatch(/stopped on an earlier archive/);
    }
    await runner.ready();
    expect(runner.healthy).toBe(true);
    expect(paths(list(fixture("setup.arj"), "setup.arj"))).toContain("bin/setup.exe");
  });

  it("leaves the process's exit code alone", async () => {
    process.exitCode = undefined;
    list(new Uint8Array(300).fill(7), "junk.7z"); // 7zz exits with 2
    expect(process.exitCode).toBeUndefined();
  });
});

it("derives a compressed stream's content name from the attachment's", () => {
  expect(["a.tgz", "a.tar.gz", "b.tbz2", "c.txz", "setup.exe.gz", "x.gz", "gz"].map(innerStreamName)).toEqual(["a.tar", "a.tar", "b.tar", "c.tar", "setup.exe", "x", "content"]);
});
