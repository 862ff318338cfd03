/**
 * Header parsing must cost time linear in the header's size, whatever the sender wrote. Each
 * case is parsed at about 128 KB and at eight times that, in the same run: linear work grows
 * about 8×, quadratic work 64× (before the fixes, 128 KB of the first case took 21 s). CPU
 * time, not wall-clock time, is compared, and the bound is generous, so a busy machine does not
 * make the test fail.
 */
import { parseEml } from "../../../src/adapters/eml";
import type { MessageSnapshot } from "../../../src/engine/snapshot";

const SMALL = 128 * 1024;
const GROWTH = 8;
/**
 * Linear work grows ~8× here (more for the address cases, where collecting megabyte-long strings
 * built a character at a time adds its own share); quadratic work 64×. The gap is wide, so a
 * busy 2-core machine cannot push linear work over the bound.
 */
const MAX_RATIO = 32;

interface Case {
  readonly name: string;
  /** Header lines of about `bytes` bytes, CRLF-terminated. */
  readonly header: (bytes: number) => string;
  /** What the parsed message must still show, at the given size. */
  readonly check: (snapshot: MessageSnapshot, bytes: number) => void;
}

function times(unit: string, bytes: number): number {
  return Math.ceil(bytes / unit.length);
}

const CASES: readonly Case[] = [
  {
    name: "a broken encoded word followed by many folded lines without a colon",
    header: (bytes) => `Subject: =?utf-8?B?abc\r\n${"abcdefghij\r\n".repeat(times("abcdefghij\r\n", bytes))}`,
    check: (snapshot) => expect(snapshot.subject.length).toBeGreaterThan(0),
  },
  {
    name: "the same with one-letter lines",
    header: (bytes) => `Subject: =?utf-8?Q?abc\r\n${"a\r\n".repeat(times("a\r\n", bytes))}`,
    check: (snapshot) => expect(snapshot.subject.length).toBeGreaterThan(0),
  },
  {
    name: "tens of thousands of base64 encoded words in a Subject",
    header: (bytes) => `Subject: ${"=?utf-8?B?YWJj?= ".repeat(times("=?utf-8?B?YWJj?= ", bytes))}\r\n`,
    check: (snapshot, bytes) => expect(snapshot.subject).toBe("abc".repeat(times("=?utf-8?B?YWJj?= ", bytes))),
  },
  {
    name: "base64 words that decode to invalid bytes, with no space between them",
    header: (bytes) => `Subject: ${"=?utf-8?B?////?=".repeat(times("=?utf-8?B?////?=", bytes))}\r\n`,
    check: (snapshot) => expect(snapshot.subject).toContain("\ufffd"),
  },
  {
    name: "quoted-printable words with bad escapes, folded",
    header: (bytes) => `Subject: ${"=?gbk?Q?a=ZZ?=\r\n ".repeat(times("=?gbk?Q?a=ZZ?=\r\n ", bytes))}x\r\n`,
    check: (snapshot) => expect(snapshot.subject.startsWith("a=ZZ")).toBe(true),
  },
  {
    name: "tens of thousands of display names with bad encoded words",
    header: (bytes) => {
      const unit = "=?utf-8?Q?bad=ZZ?= <u@x.cn>, ";
      return `To: ${Array.from({ length: times(unit, bytes) }, (_, i) => `=?utf-8?Q?bad=ZZ?= <u${i}@x.cn>`).join(", ")}\r\n`;
    },
    check: (snapshot, bytes) => expect(snapshot.recipients).toHaveLength(times("=?utf-8?Q?bad=ZZ?= <u@x.cn>, ", bytes)),
  },
  {
    name: "display names that open an encoded word and never close it",
    header: (bytes) => `To: ${'"=?utf-8?B?bad" <u@x.cn>, '.repeat(times('"=?utf-8?B?bad" <u@x.cn>, ', bytes))}\r\n`,
    check: (snapshot) => expect(snapshot.recipients.length).toBeGreaterThan(0),
  },
  {
    name: "groups nested in groups, level after level",
    header: (bytes) => `To: ${"g:".repeat(times("g:", bytes))} a@example.cn;\r\n`,
    check: (snapshot) => expect(snapshot.recipients.map((r) => r.address)).toContain("a@example.cn"),
  },
  {
    name: "many fields that each end inside an encoded word",
    header: (bytes) => "X-A: =?utf-8?B?abc\r\n".repeat(times("X-A: =?utf-8?B?abc\r\n", bytes)),
    check: (snapshot) => expect(snapshot.subject).toBe("s"),
  },
];

function message(header: string): Uint8Array {
  const subject = header.startsWith("Subject:") ? "" : "Subject: s\r\n";
  return new TextEncoder().encode(`From: a@example.cn\r\n${subject}${header}\r\nbody\r\n`);
}

/** CPU time of one parse, in microseconds; the parse must succeed and pass the case's check. */
async function cpuTime(c: Case, bytes: number): Promise<number> {
  const input = message(c.header(bytes));
  const before = process.cpuUsage();
  const result = await parseEml(input);
  const used = process.cpuUsage(before);
  if (!result.ok) throw new Error(`${c.name}: ${result.error}`);
  c.check(result.snapshot, bytes);
  return used.user + used.system;
}

describe("header parsing is linear in the header's size", () => {
  it.each(CASES.map((c) => [c.name, c] as const))(
    "%s",
    async (_name, c) => {
      await cpuTime(c, SMALL / 8); // warm up the code paths
      // Each size is timed three times and the fastest run kept: a garbage-collection pause or
      // another process on a 2-core machine would otherwise skew the ratio.
      const fastest = async (bytes: number): Promise<number> => Math.min(await cpuTime(c, bytes), await cpuTime(c, bytes), await cpuTime(c, bytes));
      const small = Math.max(1, await fastest(SMALL));
      const large = await fastest(SMALL * GROWTH);
      expect(large / small).toBeLessThan(MAX_RATIO);
    },
    60_000,
  );
});
