import { deflateSync, strToU8, zipSync } from "fflate";
import { listZip } from "../../src/archive/zip";
import { lastExtension } from "../../src/text/files/extensions";
import { buildZip, zip64Extra, type TestEntry } from "./build-zip";

const bytes = (n: number, fill = 0x41): Uint8Array => new Uint8Array(n).fill(fill);

describe("listZip: ordinary zips (fflate's zipSync)", () => {
  it("lists names and uncompressed sizes without inflating", () => {
    const zip = zipSync({ "a.txt": strToU8("hello"), "docs/report.pdf": bytes(1000), "setup.exe": bytes(70_000) });
    expect(listZip(zip)).toEqual({
      format: "zip",
      truncated: false,
      entries: [
        { path: "a.txt", size: 5, encrypted: false },
        { path: "docs/report.pdf", size: 1000, encrypted: false },
        { path: "setup.exe", size: 70_000, encrypted: false },
      ],
    });
  });

  it("decodes UTF-8 names (flag bit 11), Chinese included", () => {
    const zip = zipSync({ "报告/季度 数据.xlsx": bytes(3), "文件.exe": bytes(3) });
    expect(listZip(zip).entries.map((e) => e.path)).toEqual(["报告/季度 数据.xlsx", "文件.exe"]);
  });

  it("gives an empty listing for an empty zip", () => {
    expect(listZip(zipSync({}))).toEqual({ format: "zip", entries: [], truncated: false });
  });

  it("leaves out directory records", () => {
    const zip = buildZip([{ name: "folder/" }, { name: "folder/x.js", data: bytes(2) }]);
    expect(listZip(zip).entries.map((e) => e.path)).toEqual(["folder/x.js"]);
  });

  it("reads a zip glued after a self-extractor stub", () => {
    const zip = buildZip([{ name: "run.bat", data: bytes(4) }], { prefix: bytes(5000, 0x90) });
    expect(listZip(zip).entries).toEqual([{ path: "run.bat", size: 4, encrypted: false }]);
  });

  it("finds the end record behind an archive comment", () => {
    const zip = buildZip([{ name: "a.txt", data: bytes(1) }], { comment: "x".repeat(60_000) });
    expect(listZip(zip).entries.map((e) => e.path)).toEqual(["a.txt"]);
  });
});

describe("listZip: legacy names (no UTF-8 flag)", () => {
  it("takes valid UTF-8 bytes as UTF-8 (macOS writes them without the flag)", () => {
    expect(listZip(buildZip([{ name: "résumé.docx" }])).entries[0].path).toBe("résumé.docx");
  });

  it("decodes other bytes through code page 437", () => {
    // 0x82 = é, 0x94 = ö, 0xE1 = ß in CP437.
    const name = Uint8Array.from([0x63, 0x61, 0x66, 0x82, 0x2d, 0x94, 0xe1, 0x2e, 0x74, 0x78, 0x74]);
    expect(listZip(buildZip([{ name }])).entries[0].path).toBe("café-öß.txt");
  });

  it("keeps the ASCII extension of a GBK name from Chinese Windows", () => {
    // "文件.exe" in GBK: CE C4 BC FE 2E 65 78 65 — not valid UTF-8.
    const name = Uint8Array.from([0xce, 0xc4, 0xbc, 0xfe, 0x2e, 0x65, 0x78, 0x65]);
    const [entry] = listZip(buildZip([{ name, data: bytes(9) }])).entries;
    expect(entry.path).toHaveLength(8);
    expect(lastExtension(entry.path)).toBe("exe");
  });

  it("prefers Info-ZIP's Unicode Path extra field", () => {
    const utf8 = new TextEncoder().encode("合同.pdf");
    const extra = Uint8Array.from([0x75, 0x70, 5 + utf8.length, 0, 1, 0, 0, 0, 0, ...utf8]);
    const name = Uint8Array.from([0xba, 0xcf, 0xcd, 0xac, 0x2e, 0x70, 0x64, 0x66]);
    expect(listZip(buildZip([{ name, extra }])).entries[0].path).toBe("合同.pdf");
  });
});

describe("listZip: encryption", () => {
  it("reports traditional encryption (flag bit 0)", () => {
    const zip = buildZip([{ name: "secret.docx", data: bytes(20), flags: 1 }, { name: "open.txt" }]);
    expect(listZip(zip).entries.map((e) => e.encrypted)).toEqual([true, false]);
  });

  it("reports the flag patched into a real zip's central directory", () => {
    const zip = zipSync({ "a.txt": strToU8("hello") });
    const central = findSignature(zip, 0x02014b50);
    zip[central + 8] |= 1;
    expect(listZip(zip).entries[0].encrypted).toBe(true);
  });

  it("reports WinZip AES (method 99) and strong encryption (bit 6)", () => {
    const zip = buildZip([
      { name: "aes.pdf", method: 99 },
      { name: "strong.pdf", flags: 0x41 },
    ]);
    expect(listZip(zip).entries.map((e) => e.encrypted)).toEqual([true, true]);
  });
});

describe("listZip: ZIP64", () => {
  it("reads sizes from the ZIP64 extra field", () => {
    const fiveGiB = 5 * 1024 ** 3;
    const zip = buildZip([{ name: "disk.iso", size: 0xffffffff, extra: zip64Extra(fiveGiB) }]);
    expect(listZip(zip).entries).toEqual([{ path: "disk.iso", size: fiveGiB, encrypted: false }]);
  });

  it("reads the ZIP64 end records", () => {
    const zip = buildZip([{ name: "a.txt", data: bytes(3) }, { name: "b.exe" }], { zip64: true });
    expect(listZip(zip).entries.map((e) => e.path)).toEqual(["a.txt", "b.exe"]);
  });

  it("reads the ZIP64 end records behind a self-extractor stub", () => {
    const zip = buildZip([{ name: "b.exe" }], { zip64: true, prefix: bytes(300) });
    expect(listZip(zip).entries.map((e) => e.path)).toEqual(["b.exe"]);
  });
});

describe("listZip: nested archives", () => {
  it("lists a nested zip, stored or deflated", () => {
    const inner = zipSync({ "evil.exe": bytes(100) });
    for (const level of [0, 6] as const) {
      const outer = zipSync({ "readme.txt": bytes(5), "inner.zip": inner }, { level });
      const [, nested] = listZip(outer).entries;
      expect(nested.path).toBe("inner.zip");
      expect(nested.listing?.entries).toEqual([{ path: "evil.exe", size: 100, encrypted: false }]);
    }
  });

  it("opens three levels below the outer zip, then marks the listing truncated", () => {
    let zip = zipSync({ "deep.exe": bytes(1) });
    for (let level = 4; level >= 1; level -= 1) zip = zipSync({ [`level${level}.zip`]: zip });
    const top = listZip(zip);
    const l1 = top.entries[0].listing!;
    const l2 = l1.entries[0].listing!;
    const l3 = l2.entries[0].listing!;
    expect([top.truncated, l1.truncated, l2.truncated, l3.truncated]).toEqual([false, false, false, true]);
    expect(l3.entries[0]).toEqual({ path: "level4.zip", size: expect.any(Number), encrypted: false });
  });

  it("does not open a nested zip over nestedMaxBytes", () => {
    const outer = zipSync({ "big.zip": zipSync({ "a.bin": bytes(3000) }, { level: 0 }) }, { level: 0 });
    const listing = listZip(outer, { nestedMaxBytes: 1000 });
    expect(listing.truncated).toBe(true);
    expect(listing.entries[0].listing).toBeUndefined();
  });

  it("does not open an encrypted nested zip", () => {
    const inner = zipSync({ "a.exe": bytes(3) });
    const listing = listZip(buildZip([{ name: "locked.zip", data: inner, flags: 1 }]));
    expect(listing.entries[0]).toEqual({ path: "locked.zip", size: inner.length, encrypted: true });
  });

  it("marks a nested zip with an unsupported method unreadable", () => {
    const listing = listZip(buildZip([{ name: "x.zip", data: bytes(50), method: 14 }]));
    expect(listing.entries[0].listing?.unreadable).toMatch(/method 14/);
  });
});

describe("listZip: bounds", () => {
  it("caps the number of entries and marks the listing truncated", () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 10_050; i += 1) files[`f${i}.txt`] = new Uint8Array(0);
    const listing = listZip(zipSync(files, { level: 0 }));
    expect(listing.entries).toHaveLength(10_000);
    expect(listing.truncated).toBe(true);
    const small = listZip(zipSync(files, { level: 0 }), { maxEntries: 7 });
    expect(small.entries.map((e) => e.path)).toEqual(["f0.txt", "f1.txt", "f2.txt", "f3.txt", "f4.txt", "f5.txt", "f6.txt"]);
  });

  it("stops a nested zip bomb whose declared size lies", () => {
    // 64 MiB of zeros deflates to ~64 KiB; the central directory claims 1 KiB.
    const bomb = deflateSync(new Uint8Array(64 * 1024 * 1024));
    const zip = buildZip([{ name: "bomb.zip", data: bomb, method: 8, size: 1024 }]);
    const listing = listZip(zip);
    // Stopped at the declared 1 KiB, not after inflating 64 MiB (the bench watches the time).
    expect(listing.entries[0].listing?.unreadable).toMatch(/expands beyond 1024 bytes/);
  });

  it("refuses a nested zip that declares a huge size without inflating it", () => {
    const zip = buildZip([{ name: "huge.zip", data: deflateSync(bytes(10)), method: 8, size: 0xfffffff0 }]);
    const listing = listZip(zip);
    expect(listing.truncated).toBe(true);
    expect(listing.entries[0]).toEqual({ path: "huge.zip", size: 0xfffffff0, encrypted: false });
  });

  it("bounds overlapping entries that all point at the same nested zip", () => {
    // 2,000 central records share one local header holding a 40 KB stored zip: without a total
    // budget that would be 80 MB of nested listing work.
    const inner = zipSync({ "a.txt": bytes(40_000) }, { level: 0 });
    const entries: TestEntry[] = [{ name: "n0.zip", data: inner }];
    for (let i = 1; i < 2000; i += 1) {
      entries.push({ name: `n${i}.zip`, localOffsetOf: 0, size: inner.length, compressedSize: inner.length });
    }
    const listing = listZip(buildZip(entries), { totalNestedBytes: 1_000_000 });
    const opened = listing.entries.filter((e) => e.listing !== undefined).length;
    expect(opened).toBe(Math.floor(1_000_000 / inner.length));
    expect(listing.truncated).toBe(true);
  });
});

describe("listZip: damaged input never throws", () => {
  it("says why an empty or tiny file is unreadable", () => {
    expect(listZip(new Uint8Array(0))).toEqual({ format: "zip", entries: [], truncated: false, unreadable: "empty file" });
    expect(listZip(bytes(10)).unreadable).toBe("too short to be a zip");
    expect(listZip(strToU8("%PDF-1.7 not a zip at all, just text")).unreadable).toMatch(/no end of central directory/);
  });

  it("reports a zip cut short (the end record lost)", () => {
    const zip = zipSync({ "a.txt": bytes(5000), "b.txt": bytes(10) }, { level: 0 });
    expect(listZip(zip.subarray(0, zip.length - 30)).unreadable).toBeDefined();
  });

  it("keeps the entries read before a damaged central record, marked truncated", () => {
    const zip = zipSync({ "a.txt": bytes(1), "b.txt": bytes(1), "c.txt": bytes(1) });
    const third = findSignature(zip, 0x02014b50, 3);
    zip[third] = 0;
    const listing = listZip(zip);
    expect(listing.entries.map((e) => e.path)).toEqual(["a.txt", "b.txt"]);
    expect(listing.truncated).toBe(true);
  });

  it("reports a damaged first central record as unreadable", () => {
    const zip = zipSync({ "a.txt": bytes(1) });
    zip[findSignature(zip, 0x02014b50) + 28] = 0xff; // name length runs past the directory
    expect(listZip(zip).unreadable).toBe("damaged central directory");
  });
});

/** Offset of the n-th (1-based) occurrence of a little-endian signature. */
function findSignature(data: Uint8Array, signature: number, nth = 1): number {
  let seen = 0;
  for (let i = 0; i + 4 <= data.length; i += 1) {
    const value = (data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24)) >>> 0;
    if (value === signature && (seen += 1) === nth) return i;
  }
  throw new Error("signature not found");
}
