/** Reads the hand-written .eml fixtures (test/fixtures/eml, see its README) and parses them. */
import fs from "node:fs";
import path from "node:path";
import { parseEml, type ParseEmlOptions } from "../../../src/adapters/eml";
import type { MessageSnapshot } from "../../../src/engine/snapshot";

export const FIXTURE_DIR = path.resolve(__dirname, "../../fixtures/eml");

export function fixture(name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(FIXTURE_DIR, name)));
}

export function bytesOf(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Parses and fails the test with the adapter's own message when the file is refused. */
export async function snapshotOf(input: string | Uint8Array, options?: ParseEmlOptions): Promise<MessageSnapshot> {
  const bytes = typeof input === "string" ? fixture(input) : input;
  const result = await parseEml(bytes, options);
  if (!result.ok) throw new Error(`refused: ${result.error}`);
  return result.snapshot;
}

export async function errorOf(bytes: Uint8Array, options?: ParseEmlOptions): Promise<string> {
  const result = await parseEml(bytes, options);
  if (result.ok) throw new Error("expected the adapter to refuse the input");
  return result.error;
}
