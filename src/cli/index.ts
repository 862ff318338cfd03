/** Entry point of dist/cli.js (bin `mail-preflight`). */
import { nodeIO } from "./node-io";
import { runCli } from "./program";

// exitCode, not process.exit(): pending writes to a pipe must flush first.
void runCli(process.argv.slice(2), nodeIO()).then((code) => {
  process.exitCode = code;
});
