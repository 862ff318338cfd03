/** Entry point of dist/cli.js (bin `mail-preflight`). */
import { installByteBlob } from "./byte-blob";
import { nodeIO } from "./node-io";
import { runCli } from "./program";

// Before any parse: postal-mime's parts go through Blob, and Node's is slow (see byte-blob.ts).
installByteBlob();

// exitCode, not process.exit(): pending writes to a pipe must flush first.
void runCli(process.argv.slice(2), nodeIO()).then((code) => {
  process.exitCode = code;
});
