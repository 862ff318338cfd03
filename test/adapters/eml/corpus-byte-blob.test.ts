/**
 * The CLI swaps Node's Blob for ByteBlob (src/cli/byte-blob.ts) because postal-mime's parts go
 * through Blob and Node's is slow. Over every corpus message the snapshots must not change.
 * Runs in the "slow" jest project; fails when ../shared/corpora is missing.
 */
import fs from "node:fs";
import path from "node:path";
import { parseEml } from "../../../src/adapters/eml";
import { listZip } from "../../../src/archive/zip";
import { ByteBlob } from "../../../src/cli/byte-blob";

const CORPORA = path.resolve(__dirname, "../../../../shared/corpora");

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

async function parseWith(blob: unknown, raw: Uint8Array): Promise<string> {
  const original = globalThis.Blob;
  (globalThis as { Blob: unknown }).Blob = blob;
  try {
    return JSON.stringify(await parseEml(raw, { listArchive: (bytes) => listZip(bytes) }));
  } finally {
    globalThis.Blob = original;
  }
}

it("parses every corpus message to the same snapshot with ByteBlob as with Node's Blob", async () => {
  if (!fs.existsSync(CORPORA)) throw new Error("corpus folder ../shared/corpora is missing");
  const files = filesUnder(CORPORA);
  expect(files.length).toBeGreaterThan(6000);
  const differing: string[] = [];
  for (const file of files) {
    const raw = new Uint8Array(fs.readFileSync(file));
    if ((await parseWith(ByteBlob, raw)) !== (await parseWith(globalThis.Blob, raw))) differing.push(path.relative(CORPORA, file));
  }
  expect(differing).toEqual([]);
}, 300_000);
