/**
 * A short fingerprint of a snapshot: the periodic re-check reads the message every few seconds,
 * and when nothing changed it must neither re-run the rules nor re-render. Keys are sorted so
 * the same message always gives the same fingerprint whatever order the adapter built it in.
 */
import type { MessageSnapshot } from "../engine/snapshot";

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).filter((k) => record[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stable(record[k])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** cyrb53: two 32-bit lanes, enough that distinct messages in one session never collide in practice. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${(h2 >>> 0).toString(36)}${(h1 >>> 0).toString(36)}-${text.length}`;
}

export function snapshotFingerprint(snapshot: MessageSnapshot): string {
  return hash(stable(snapshot));
}
