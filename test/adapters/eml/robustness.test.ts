import fc from "fast-check";
import fs from "node:fs";
import { parseEml } from "../../../src/adapters/eml";
import { FIXTURE_DIR, fixture } from "./fixtures";

const FIXTURES = fs.readdirSync(FIXTURE_DIR).filter((name) => name.endsWith(".eml"));

/** Damage a fixture: cut it short and overwrite a few bytes anywhere, 8-bit and NUL included. */
const damaged = fc
  .record({
    name: fc.constantFrom(...FIXTURES),
    cut: fc.double({ min: 0, max: 1, noNaN: true }),
    writes: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), { maxLength: 12 }),
  })
  .map(({ name, cut, writes }) => {
    const bytes = fixture(name);
    const out = bytes.slice(0, Math.max(1, Math.floor(bytes.length * cut)));
    for (const [at, value] of writes) out[Math.floor(at * (out.length - 1))] = value;
    return out;
  });

describe("parseEml on damaged input", () => {
  it("always resolves to a snapshot or a message, never throws", async () => {
    await fc.assert(
      fc.asyncProperty(damaged, async (bytes) => {
        const result = await parseEml(bytes);
        if (result.ok) {
          expect(typeof result.snapshot.subject).toBe("string");
          expect(JSON.parse(JSON.stringify(result.snapshot))).toEqual(result.snapshot);
        } else {
          expect(result.error.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
