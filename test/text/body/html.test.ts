import { analyseHtml, extractHtmlLinks, htmlToText, visibleCharCount } from "../../../src/text/body/html";
import { decodeEntities } from "../../../src/text/body/html-entities";

describe("htmlToText", () => {
  it.each([
    ["<p>Hello <b>world</b></p>", "Hello world"],
    ["<div>one</div><div>two</div>", "one\ntwo"],
    ["a<br>b<br/>c</br>d", "a\nb\nc\nd"],
    ["<p>  lots \n\t of   space&nbsp;&nbsp;here </p>", "lots of space here"],
    ["<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\nc"],
    ["<ul><li>x</li><li>y</li></ul>", "x\ny"],
    ["你好<span>，</span>世界", "你好，世界"],
    ["<p>a &amp; b &lt;c&gt; &quot;d&quot; &#20320;&#x597D; &copy &eacute;t&eacute; &bogus; &#150;</p>", 'a & b <c> "d" 你好 © été &bogus; –'],
    ["a < b and c<3", "a < b and c<3"],
    // Tag names are matched without regard to case, and only whole names count.
    ["<P>one</P><Div>two</DIV><H1>three</h1>", "one\ntwo\nthree"],
    ["<TABLE><TR><TD>a</TD><Th>b</tH></TR></TABLE>", "a b"],
    ["x<STYLE>p{}</style>y<o:p></o:p>z<pre2>w</pre2>", "xyzw"],
    ["a<blockquotes>b</blockquotes>c<blockquote>d</blockquote>", "abc\nd"],
    ["a<p\u0011>b", "ab"],
  ])("%s", (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it("drops head, script, style, title and comments", () => {
    const html = `<!DOCTYPE html><html><head><title>Title</title><meta charset="utf-8">
      <style>p { color: red } </style><script>var x = "<p>not text</p>";</script></head>
      <body><!-- hidden --><p>Shown</p><SCRIPT type="x">alert(1)</SCRIPT  ><p>too</p></body></html>`;
    expect(htmlToText(html)).toBe("Shown\ntoo");
  });

  it("reads Outlook's conditional comments the way a non-Outlook reader shows them", () => {
    const html = `<!--[if gte mso 9]><xml><o:shapedefaults/></xml><![endif]--><p class=MsoNormal>Body<o:p></o:p></p>
      <![if !supportLists]><span>1.</span><![endif]>Item`;
    expect(htmlToText(html)).toBe("Body\n1.Item");
  });

  it("keeps '>' inside quoted attribute values out of the text", () => {
    expect(htmlToText(`<p title="a > b" data-x='c>d'>text</p>`)).toBe("text");
    expect(htmlToText(`<p title=x>y>z</p>`)).toBe("y>z");
    expect(htmlToText(`<span style='font-family:"Microsoft YaHei"' lang=ZH-CN>字</span><p x"y>z</p>`)).toBe("字\nz");
  });

  it("treats empty comments and bogus markup as HTML does", () => {
    expect(htmlToText("a<!-->b<!--->c")).toBe("abc");
    expect(htmlToText("a<?xml version='1.0'?>b</ x>c<!x>d")).toBe("abcd");
  });

  it("drops a tag cut off by the end of the input, and an unclosed comment", () => {
    expect(htmlToText('text<a href="x')).toBe("text");
    expect(htmlToText("text<p class")).toBe("text");
    expect(htmlToText("text<!-- never closed <p>no</p>")).toBe("text");
    expect(htmlToText("text<style>never closed")).toBe("text");
  });
});

describe("analyseHtml links", () => {
  it("collects anchors with their text, areas and images with alt, in order", () => {
    const { links } = analyseHtml(
      `<p>See <a href="https://example.com/a?x=1&amp;y=2">the <b>report</b></a>.</p>
       <map><area href="http://map.example.com" alt="Map"></map>
       <img src="cid:logo" alt=" Company  logo "><A HREF='http://B.example.com'>B</A><a name="top">no href</a>`,
    );
    expect(links).toEqual([
      { kind: "a", href: "https://example.com/a?x=1&y=2", text: "the report" },
      { kind: "area", href: "http://map.example.com", text: "Map" },
      { kind: "img", href: "cid:logo", text: "Company logo" },
      { kind: "a", href: "http://B.example.com", text: "B" },
    ]);
  });

  it("normalises anchor text spread over several nodes", () => {
    const { links } = analyseHtml(`<a href="http://x.com">\n  www.<b>x</b>&nbsp;.com <br> now</a>`);
    expect(links[0].text).toBe("www.x .com\nnow");
  });

  it("closes an open anchor at the next one and at the end", () => {
    const links = extractHtmlLinks(`<a href="http://one.com">one <a href="http://two.com">two`);
    expect(links.map((l) => [l.href, l.text])).toEqual([["http://one.com", "one"], ["http://two.com", "two"]]);
  });

  it("keeps the first of two same-named attributes and unquoted values", () => {
    const links = extractHtmlLinks(`<a href=http://first.com/x href="http://second.com">t</a>`);
    expect(links[0].href).toBe("http://first.com/x");
  });

  it("does not decode names without ';' in attribute values", () => {
    expect(extractHtmlLinks(`<a href="http://x.com/?a=1&copy=2&amp;b=3">t</a>`)[0].href).toBe("http://x.com/?a=1&copy=2&b=3");
  });
});

describe("analyseHtml images", () => {
  it("counts images, ignores tracking pixels and spacers, gathers alt text", () => {
    const { images } = analyseHtml(
      `<img src="a.png" alt="Sale"><img src="b.png"><img src="p.gif" width="1" height="1"><img src=l.gif height=2 width=600>`,
    );
    expect(images).toEqual({ count: 2, tiny: 2, withAlt: 1, alt: "Sale" });
  });
});

describe("decodeEntities", () => {
  it("never reaches Object.prototype and maps C1 codes to Windows-1252", () => {
    expect(decodeEntities("&constructor; &toString; &#128; &#0; &#x110000; &#xD800;")).toBe(
      "&constructor; &toString; € \ufffd \ufffd \ufffd",
    );
  });
});

describe("visibleCharCount", () => {
  it("counts code points a reader sees, one per CJK character", () => {
    expect(visibleCharCount("Hello world")).toBe(10);
    expect(visibleCharCount("你好，世界")).toBe(5);
    expect(visibleCharCount("a\u200b\u00ad\u3000\u00a0b 😀")).toBe(3);
    expect(visibleCharCount("abcdef", 3)).toBe(3);
  });
});

describe("bounded work on hostile input", () => {
  // These complete (a quadratic scan would not in the test timeout); they do not time anything.
  it.each([
    ["1 MB without spaces", "a".repeat(1_000_000)],
    ["100k '<'", "<".repeat(100_000)],
    ["100k '<a'", "<a".repeat(100_000)],
    ["100k unclosed quotes", '<a href="'.repeat(100_000)],
    ["100k '</'", "</".repeat(100_000)],
    ["100k '<!--'", "<!--".repeat(100_000)],
    ["100k '<script>'", "<script>".repeat(100_000)],
    ["100k '&#'", "&#".repeat(100_000)],
    ["100k '&amp'", "&amp".repeat(100_000)],
    ["a tag with 100k attributes", `<p ${"a=b ".repeat(100_000)}>x`],
    ["100k '='", `<p ${"=".repeat(100_000)}>x`],
  ])("%s", (_name, html) => {
    expect(typeof analyseHtml(html).text).toBe("string");
  });

  it("parses a 5 MB body", () => {
    const para = '<p class="MsoNormal">请查收 <a href="https://example.com/r">example.com/r</a> report &amp; notes</p>\n';
    const html = `<html><body>${para.repeat(Math.ceil(5_000_000 / para.length))}</body></html>`;
    const result = analyseHtml(html);
    expect(result.links.length).toBe(Math.ceil(5_000_000 / para.length));
    expect(result.text.startsWith("请查收 example.com/r report & notes\n请查收")).toBe(true);
  });
});
