/**
 * A plain in-memory Blob for the CLI process.
 *
 * Why: postal-mime collects every decoded MIME part in a `Blob` and reads it back with
 * `arrayBuffer()`. Node's Blob copies each part through its native blob store and a stream reader;
 * over the corpus that round trip was nearly half of all parse time (≈600 → ≈1,000 messages/s
 * without it). Here a Blob is just its byte chunks, concatenated once when read.
 *
 * Only `mail-preflight` installs it (src/cli/index.ts): nothing else in that process uses Blob.
 * The corpus test proves parsing gives identical snapshots with and without it.
 */

type Part = ArrayBuffer | ArrayBufferView | ByteBlob | string;

const encoder = new TextEncoder();
const NEWLINE = encoder.encode("\n");

function toBytes(part: Part): Uint8Array {
  if (part instanceof Uint8Array) return part;
  // postal-mime appends "\n" after every line of a part: do not encode it each time.
  if (typeof part === "string") return part === "\n" ? NEWLINE : encoder.encode(part);
  if (part instanceof ArrayBuffer) return new Uint8Array(part);
  if (ArrayBuffer.isView(part)) return new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
  if (part instanceof ByteBlob) return part.bytes();
  return encoder.encode(String(part));
}

export class ByteBlob {
  readonly type: string;
  readonly size: number;
  private readonly data: Uint8Array;

  constructor(parts: readonly Part[] = [], options: { type?: string } = {}) {
    this.type = (options.type ?? "").toLowerCase();
    // One copy of everything now: a Blob snapshots its parts, and callers may reuse buffers.
    const chunks = parts.map(toBytes);
    this.data = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let offset = 0;
    for (const chunk of chunks) {
      this.data.set(chunk, offset);
      offset += chunk.length;
    }
    this.size = this.data.length;
  }

  get [Symbol.toStringTag](): string {
    return "Blob";
  }

  /** The bytes, read-only by contract (used to nest one ByteBlob in another). */
  bytes(): Uint8Array {
    return this.data;
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    // A copy: the caller owns the buffer it gets, as with a real Blob.
    return this.data.slice().buffer;
  }

  async text(): Promise<string> {
    return new TextDecoder().decode(this.data);
  }

  slice(start = 0, end = this.size, type = ""): ByteBlob {
    return new ByteBlob([this.data.subarray(clamp(start, this.size), clamp(end, this.size))], { type });
  }
}

/** Blob.slice's index rules: negative counts from the end, then clamp into [0, size]. */
function clamp(index: number, size: number): number {
  const i = index < 0 ? size + index : index;
  return Math.max(0, Math.min(size, Math.trunc(i)));
}

export function installByteBlob(): void {
  (globalThis as { Blob: unknown }).Blob = ByteBlob;
}
