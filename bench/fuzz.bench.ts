/**
 * Section: the fuzz test's properties (test/fuzz/hostile.property.test.ts) with many more runs
 * and a fresh seed each time, printing runs per second. A failure is a target not met, with the
 * seed and path that fast-check needs to repeat it.
 */
import fc from "fast-check";
import { checkMessage, checkPolicy, hostileMessage, hostilePolicy } from "../test/helpers/hostile-inputs";
import { heading, missed, out, table, type BenchOptions } from "./report";

/** What a run says, whatever the property's value type. */
interface Outcome {
  readonly numRuns: number;
  readonly failed: boolean;
  readonly seed: number;
  readonly counterexamplePath: string | null;
  readonly errorInstance: unknown;
}

interface Property {
  readonly name: string;
  readonly check: () => Promise<Outcome>;
}

function properties(quick: boolean): Property[] {
  const scale = quick ? 0.1 : 1;
  const seed = Date.now() % 2 ** 31;
  const messages = Math.round(5_000 * scale);
  const policies = Math.round(10_000 * scale);
  return [
    {
      name: "messages: header folding, encoded words, address lists",
      check: () => fc.check(fc.asyncProperty(hostileMessage, checkMessage), { seed, numRuns: messages }),
    },
    {
      name: "policies: hostile values at known and unknown places",
      check: async () => fc.check(fc.property(hostilePolicy, (file) => checkPolicy(file)), { seed, numRuns: policies }),
    },
  ];
}

export async function main(options: BenchOptions): Promise<void> {
  heading("Fuzz: hostile input ends in a result or a clear error");
  const rows: string[][] = [];
  for (const property of properties(options.quick)) {
    const started = process.hrtime.bigint();
    const details = await property.check();
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    rows.push([property.name, String(details.numRuns), `${seconds.toFixed(1)} s`, `${Math.round(details.numRuns / seconds)}`, details.failed ? "FAILED" : "ok"]);
    if (details.failed) {
      missed(`fuzz "${property.name}"`, `seed ${details.seed}, path "${details.counterexamplePath}": ${String(details.errorInstance).slice(0, 300)}`);
    }
  }
  table(["property", "runs", "time", "runs/s", "result"], rows);
  out("\nThe same properties run in `npm test` with a fixed seed and fewer runs; here the seed changes every run.");
}
