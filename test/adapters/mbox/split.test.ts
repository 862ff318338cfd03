import { splitMbox, type MboxItem } from "../../../src/adapters/mbox/split";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The bytes cut into chunks of `size`, as a source that counts how many were pulled. */
function chunked(text: string | Uint8Array, size: number): { source: AsyncIterable<Uint8Array>; pulled: () => number } {
  const bytes = typeof text === "string" ? encoder.encode(text) : text;
  let pulled = 0;
  return {
    pulled: () => pulled,
    source: (async function* () {
      for (let at = 0; at < bytes.length; at += size) {
        pulled++;
        yield bytes.slice(at, at + size);
      }
    })(),
  };
}

async function split(text: string, size = 64 * 1024, cap = 1024 * 1024): Promise<MboxItem[]> {
  const items: MboxItem[] = [];
  for await (const item of splitMbox(chunked(text, size).source, cap)) items.push(item);
  return items;
}

function texts(items: readonly MboxItem[]): (string | object)[] {
  return items.map((item) => ("bytes" in item ? decoder.decode(item.bytes) : item.error));
}

const ENVELOPE = "From sender@example.com Mon Dec  7 05:00:00 2026";

describe("splitMbox", () => {
  it("gives each message without its envelope line and the empty line that ends it, numbered from 1", async () => {
    const items = await split(`${ENVELOPE}\nSubject: one\n\nBody 1\n\n${ENVELOPE}\nSubject: two\n\nBody 2\n\n`);
    expect(items.map((i) => i.index)).toEqual([1, 2]);
    expect(texts(items)).toEqual(["Subject: one\n\nBody 1\n", "Subject: two\n\nBody 2\n"]);
  });

  it("undoes mboxrd quoting by one '>' on lines that would read From, and leaves other lines alone", async () => {
    const body = [">From the start", ">>From quoted twice", ">Fromage is not quoted", "> From with a space", "From: is a header", ""].join("\n");
    const [item] = await split(`${ENVELOPE}\nSubject: q\n\n${body}\n`);
    expect(texts([item])).toEqual(["Subject: q\n\n" + ["From the start", ">From quoted twice", ">Fromage is not quoted", "> From with a space", "From: is a header", ""].join("\n")]);
  });

  it("reads a last message with no line end at all", async () => {
    expect(texts(await split(`${ENVELOPE}\nSubject: a\n\nA\n\n${ENVELOPE}\nSubject: b\n\nno newline`))).toEqual(["Subject: a\n\nA\n", "Subject: b\n\nno newline"]);
  });

  it("reads CRLF line ends, keeping them in the message", async () => {
    const text = `${ENVELOPE}\r\nSubject: a\r\n\r\n>From here\r\n\r\n${ENVELOPE}\r\nSubject: b\r\n\r\nB\r\n\r\n`;
    expect(texts(await split(text))).toEqual(["Subject: a\r\n\r\nFrom here\r\n", "Subject: b\r\n\r\nB\r\n"]);
  });

  it("gives the same messages whatever the chunk size, with lines and From split across chunks", async () => {
    const text = `${ENVELOPE}\nSubject: a\n\n>From x\n>>From y\nA\n\n${ENVELOPE}\r\nSubject: b\r\n\r\nB\r\n\r\n${ENVELOPE}\nSubject: c\n\nC`;
    const whole = texts(await split(text, text.length));
    expect(whole).toHaveLength(3);
    for (const size of [1, 2, 3, 5, 7, 13, 64]) expect(texts(await split(text, size))).toEqual(whole);
  });

  it("reports a message over the cap with its size and still reads the ones after it", async () => {
    const big = `${"x".repeat(99)}\n`.repeat(50); // 5,000 bytes of body
    const text = `${ENVELOPE}\nSubject: small\n\nok\n\n${ENVELOPE}\nSubject: big\n\n${big}\n${ENVELOPE}\nSubject: after\n\nok\n`;
    for (const size of [7, 1000, 64 * 1024]) {
      const items = await split(text, size, 1000);
      expect(texts(items)).toEqual(["Subject: small\n\nok\n", { kind: "too big", size: "Subject: big\n\n".length + big.length + 1 }, "Subject: after\n\nok\n"]);
    }
  });

  it("counts a too-big message without a line end to its end, and a single huge line too", async () => {
    const items = await split(`${ENVELOPE}\nSubject: a\n\n${"y".repeat(5000)}`, 100, 1000);
    expect(texts(items)).toEqual([{ kind: "too big", size: "Subject: a\n\n".length + 5000 }]);
  });

  it("gives text before the first From line an error of its own and numbers the rest after it", async () => {
    const items = await split(`Subject: not an mbox\n\nhello\n${ENVELOPE}\nSubject: a\n\nA\n`);
    expect(items.map((i) => i.index)).toEqual([1, 2]);
    expect(texts(items)).toEqual([{ kind: "no From line" }, "Subject: a\n\nA\n"]);
  });

  it("ignores blank lines before the first From line, and says when a message is empty", async () => {
    expect(texts(await split(`\n\r\n${ENVELOPE}\n\n${ENVELOPE}\nSubject: b\n\nB\n`))).toEqual([{ kind: "empty" }, "Subject: b\n\nB\n"]);
  });

  it("gives nothing for an empty archive", async () => {
    expect(await split("")).toEqual([]);
    expect(await split("\n\n")).toEqual([]);
  });

  it("gives each message before the chunks after it are read", async () => {
    const message = `${ENVELOPE}\nSubject: m\n\n${"line of body text\n".repeat(20)}\n`;
    const input = chunked(message.repeat(50), 100);
    const pulledAt: number[] = [];
    for await (const item of splitMbox(input.source, 1024 * 1024)) {
      expect("bytes" in item).toBe(true);
      pulledAt.push(input.pulled());
    }
    expect(pulledAt).toHaveLength(50);
    // Message n is complete once the next envelope line arrives: at most one chunk past its end.
    const chunksPerMessage = message.length / 100;
    pulledAt.forEach((pulled, i) => expect(pulled).toBeLessThanOrEqual(Math.ceil((i + 1) * chunksPerMessage) + 2));
  });
});
