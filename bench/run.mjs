// `npm run bench`: benchmarks print medians and ratios against a baseline measured in the same
// run, so the numbers compare across machines. Benchmarks are not tests: nothing here fails CI.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
require("./ts-hook.cjs");
for (const bench of ["./engine.bench.ts", "./cli.bench.ts"]) await require(bench).main();
