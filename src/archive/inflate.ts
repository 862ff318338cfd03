/**
 * Bounded DEFLATE decompression. fflate's `inflateSync(data, { out })` caps the *memory* (it
 * truncates into the given buffer) but keeps decoding the whole stream, so a 5 MB bomb still
 * costs ~5 GB of work. The streaming `Inflate` lets us feed small input chunks and stop as soon
 * as the output passes the cap: each 4 KiB chunk can expand to at most ~4 MiB (DEFLATE's
 * ceiling is ~1032:1), so time and memory stay within the cap plus one chunk's worth.
 */
import { Gunzip, Inflate } from "fflate";

const INPUT_CHUNK = 4 * 1024;

export type InflateResult =
  | { readonly ok: true; readonly data: Uint8Array }
  | { readonly ok: false; readonly reason: string };

export function inflateBounded(compressed: Uint8Array, maxOutput: number): InflateResult {
  return decompressBounded(compressed, maxOutput, false);
}

/**
 * The same for a gzip file (the tar in a .tar.gz). `over` is set instead of failing when the
 * stream passes `maxOutput`: the first `maxOutput` bytes are still returned, since a tar's
 * headers can be read from its start.
 */
export function gunzipBounded(compressed: Uint8Array, maxOutput: number): InflateResult & { readonly over?: boolean } {
  return decompressBounded(compressed, maxOutput, true);
}

function decompressBounded(compressed: Uint8Array, maxOutput: number, gzip: boolean): InflateResult & { readonly over?: boolean } {
  const parts: Uint8Array[] = [];
  let total = 0;
  let over = false;
  let done = false;
  try {
    const onData = (chunk: Uint8Array, final: boolean): void => {
      if (total + chunk.length > maxOutput) {
        over = true;
        if (gzip) parts.push(chunk.subarray(0, maxOutput - total));
        total = maxOutput;
      } else {
        total += chunk.length;
        parts.push(chunk);
      }
      if (final) done = true;
    };
    const stream = gzip ? new Gunzip(onData) : new Inflate(onData);
    for (let offset = 0; offset < compressed.length && !over && !done; offset += INPUT_CHUNK) {
      const end = Math.min(offset + INPUT_CHUNK, compressed.length);
      stream.push(compressed.subarray(offset, end), end === compressed.length);
    }
  } catch (error) {
    return { ok: false, reason: `damaged compressed data (${error instanceof Error ? error.message : "error"})` };
  }
  if (over && !gzip) return { ok: false, reason: `expands beyond ${maxOutput} bytes` };
  const data = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    data.set(part, at);
    at += part.length;
  }
  return { ok: true, data, ...(over ? { over } : {}) };
}
