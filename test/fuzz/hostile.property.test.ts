/**
 * Fuzzing with a fixed seed, so a failure repeats: header folding and encoded words through the
 * .eml parser, hostile values through the policy validator. Every case ends in a result or a
 * clear error, never an exception, and no case may take long: the per-case guard below is a
 * "does not hang" limit, hundreds of times what a case needs (the bench's `fuzz` section runs
 * many more cases and prints the rate).
 */
import fc from "fast-check";
import { checkMessage, checkPolicy, hostileMessage, hostilePolicy } from "../helpers/hostile-inputs";

const SEED = 20261207;
/** Far above any case's need (milliseconds); a quadratic path on these sizes would pass it. */
const HANG_GUARD_MS = 3_000;

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

describe("fuzz: hostile input ends in a result or a clear error", () => {
  it("parses messages with hostile header folding and encoded words", async () => {
    await fc.assert(
      fc.asyncProperty(hostileMessage, async (bytes) => {
        const start = cpuMs();
        await checkMessage(bytes);
        expect(cpuMs() - start).toBeLessThan(HANG_GUARD_MS);
      }),
      { seed: SEED, numRuns: 300 },
    );
  }, 120_000);

  it("validates policies with hostile values", () => {
    fc.assert(
      fc.property(hostilePolicy, (file) => {
        const start = cpuMs();
        checkPolicy(file);
        expect(cpuMs() - start).toBeLessThan(HANG_GUARD_MS);
      }),
      { seed: SEED, numRuns: 500 },
    );
  }, 120_000);
});
