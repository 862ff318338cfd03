import fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import { listZip } from "../../src/archive/zip";

/** A valid zip with a nested zip, to mutate: damage must never make the lister throw. */
function sample(): Uint8Array {
  const inner = zipSync({ "inner.exe": strToU8("MZ".repeat(200)), "文件.txt": strToU8("x") });
  return zipSync({ "a.txt": strToU8("hello ".repeat(50)), "nested.zip": inner, "b/c.pdf": strToU8("%PDF") });
}

describe("listZip never throws", () => {
  it("on random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (data) => {
        const listing = listZip(data);
        expect(listing.format).toBe("zip");
        if (listing.unreadable !== undefined) expect(listing.entries).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it("on random bytes ending in an end-of-directory record", () => {
    const eocd = Uint8Array.from([0x50, 0x4b, 0x05, 0x06]);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.uint8Array({ minLength: 18, maxLength: 18 }), (body, tail) => {
        const data = new Uint8Array(body.length + 22);
        data.set(body);
        data.set(eocd, body.length);
        data.set(tail, body.length + 4);
        expect(() => listZip(data)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it("on a real zip with bytes overwritten or cut", () => {
    const base = sample();
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: base.length - 1 }), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        fc.nat({ max: base.length }),
        (patches, cut) => {
          const data = base.slice(0, Math.max(cut, base.length - 40));
          for (const [at, value] of patches) if (at < data.length) data[at] = value;
          const listing = listZip(data);
          expect(listing.entries.length).toBeLessThanOrEqual(10_000);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
