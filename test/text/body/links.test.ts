import { collectLinks, findTextLinks } from "../../../src/text/body/links";
import { analyseHtml } from "../../../src/text/body/html";

const urls = (text: string): string[] => findTextLinks(text).map((l) => l.url);

describe("findTextLinks", () => {
  it.each([
    ["see http://example.com/a?b=1 now", ["http://example.com/a?b=1"]],
    ["HTTPS://Example.com and www.test.cn/x", ["HTTPS://Example.com", "www.test.cn/x"]],
    ["详见http://example.com/report。谢谢", ["http://example.com/report"]],
    ["链接：https://t.cn/A6abc，请点击", ["https://t.cn/A6abc"]],
    ["(see http://example.com/a).", ["http://example.com/a"]],
    ["http://en.wikipedia.org/wiki/A_(b) is a page", ["http://en.wikipedia.org/wiki/A_(b)"]],
    ["Go to www.example.com.", ["www.example.com"]],
    ["<http://example.com/x>", ["http://example.com/x"]],
    ['"http://example.com/q"', ["http://example.com/q"]],
    ["awww.example.com xhttp://a.com", []],
    ["http:// and www. alone", []],
    ["no links in example.com or report.zip", []],
    // Internationalised hosts, and Chinese prose right after a host that is not part of it.
    ["see http://bücher.de/x today", ["http://bücher.de/x"]],
    ["访问 http://例子.中国/a 或 www.例子.中国", ["http://例子.中国/a", "www.例子.中国"]],
    ["见www.example.com谢谢", ["www.example.com"]],
    ["Open http://www.icbc.com.cn@203.0.113.9/ now", ["http://www.icbc.com.cn@203.0.113.9/"]],
  ])("%s", (text, expected) => {
    expect(urls(text)).toEqual(expected);
  });

  it("gives offsets into the text", () => {
    const [link] = findTextLinks("ab http://x.com cd");
    expect(link).toEqual({ url: "http://x.com", start: 3, end: 15 });
  });

  it("finishes on hostile input", () => {
    expect(urls(`http://x.com/${")".repeat(100_000)}`)).toEqual(["http://x.com/"]);
    expect(urls(`http://x.com/${".".repeat(100_000)}a`)).toHaveLength(1);
    expect(urls("w".repeat(1_000_000))).toEqual([]);
    expect(urls("www.".repeat(100_000))).toHaveLength(1);
    expect(urls("a".repeat(1_000_000))).toEqual([]);
  });
});

describe("collectLinks", () => {
  it("parses HTML links and adds text links that are not an anchor's own text", () => {
    const html = analyseHtml(
      `<p><a href="http://real.example.com">www.shown.com</a> and www.plain.com, <a href="mailto:a@b.com">mail</a>
       <img src="cid:x"> and again www.shown.com</p>`,
    );
    const links = collectLinks(html.links, html.text);
    expect(links.map((l) => [l.kind, l.href, l.url?.host])).toEqual([
      ["a", "http://real.example.com", "real.example.com"],
      ["a", "mailto:a@b.com", undefined],
      ["img", "cid:x", undefined],
      ["text", "www.plain.com", "www.plain.com"],
      ["text", "www.shown.com", "www.shown.com"],
    ]);
  });

  it("finds links in a plain-text body", () => {
    const links = collectLinks([], "Download: https://bit.ly/abc\nThanks");
    expect(links).toEqual([
      {
        kind: "text",
        href: "https://bit.ly/abc",
        text: "https://bit.ly/abc",
        url: expect.objectContaining({ host: "bit.ly", scheme: "https" }),
      },
    ]);
  });
});
