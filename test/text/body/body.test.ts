import { bodyAnalysis, clipLine, excerptAround, MAX_CONTENT_CHARS } from "../../../src/text/body/body";
import { makeSnapshot } from "../../helpers/snapshot";

describe("bodyAnalysis", () => {
  it("reads the HTML body when there is one", () => {
    const message = makeSnapshot({
      body: { html: '<p>Hi <a href="https://example.com">there</a></p><img src="cid:1">', text: "ignored" },
    });
    const body = bodyAnalysis(message);
    expect(body.format).toBe("html");
    expect(body.text).toBe("Hi there");
    expect(body.links.map((l) => l.kind)).toEqual(["a", "img"]);
    expect(body.images.count).toBe(1);
  });

  it("falls back to the text body", () => {
    const body = bodyAnalysis(makeSnapshot({ body: { html: "", text: "See www.example.com" } }));
    expect(body).toMatchObject({ format: "text", text: "See www.example.com", images: { count: 0 } });
    expect(body.links).toHaveLength(1);
    expect(bodyAnalysis(makeSnapshot({ body: {} })).text).toBe("");
  });

  it("analyses one body once, and a new body again", () => {
    const message = makeSnapshot({ body: { html: "<p>x</p>" } });
    const first = bodyAnalysis(message);
    expect(bodyAnalysis(message)).toBe(first);
    expect(bodyAnalysis({ ...message })).toBe(first); // same body object
    expect(bodyAnalysis({ ...message, body: { html: "<p>y</p>" } })).not.toBe(first);
  });

  it("reads a long plain-text body only up to its limit, and says so", () => {
    const body = bodyAnalysis(makeSnapshot({ body: { text: `${"x".repeat(MAX_CONTENT_CHARS)} www.late.example` } }));
    expect(body.truncated).toBe(true);
    expect(body.text).toHaveLength(MAX_CONTENT_CHARS);
    expect(body.links).toHaveLength(0);
    expect(bodyAnalysis(makeSnapshot({ body: { text: "short" } })).truncated).toBe(false);
  });

  it("stops reading HTML after the limit of visible text", () => {
    const paragraph = "<p>Quarterly numbers, free shipping not included.</p>";
    const html = `${paragraph.repeat(Math.ceil((2 * MAX_CONTENT_CHARS) / 45))}<a href="https://late.example/">late</a>`;
    const body = bodyAnalysis(makeSnapshot({ body: { html } }));
    expect(body.truncated).toBe(true);
    expect(body.text.length).toBeLessThanOrEqual(MAX_CONTENT_CHARS);
    expect(body.text.length).toBeGreaterThan(MAX_CONTENT_CHARS * 0.9);
    expect(body.links.some((l) => l.href.includes("late.example"))).toBe(false);
  });

  it("reads past megabytes of inline images: markup does not use up the text limit", () => {
    const image = `<img src="data:image/png;base64,${"A".repeat(5 * 1024 * 1024)}">`;
    const body = bodyAnalysis(makeSnapshot({ body: { html: `${image}<p>See <a href="https://example.com/after">after</a></p>` } }));
    expect(body.truncated).toBe(false);
    expect(body.text).toBe("See after");
    expect(body.links.map((l) => l.href)).toContain("https://example.com/after");
  });
});

describe("excerptAround and clip", () => {
  it("cut around a match with ellipses and collapse whitespace", () => {
    const text = `${"a".repeat(50)} match\n here ${"b".repeat(50)}`;
    const start = text.indexOf("match");
    expect(excerptAround(text, start, start + 5, 5)).toBe("…aaaa match her…");
    expect(excerptAround("short", 0, 5)).toBe("short");
  });

  it("clip keeps short text, cuts long text to the limit on one line", () => {
    expect(clipLine("a\n b", 10)).toBe("a b");
    expect(clipLine("x".repeat(100), 10)).toBe(`${"x".repeat(9)}…`);
    expect(clipLine(" ".repeat(1_000_000) + "x", 10)).toHaveLength(2);
  });
});
