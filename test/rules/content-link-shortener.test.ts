import rule, { shortenerOf } from "../../src/rules/content-link-shortener";
import { ruleTester } from "../helpers/rule-tester";
import { makeSnapshot } from "../helpers/snapshot";

const html = (h: string) => makeSnapshot({ body: { html: h } });
const text = (t: string) => makeSnapshot({ body: { text: t } });

ruleTester(rule, {
  valid: [
    { name: "ordinary links", message: html('<a href="https://www.example.com/a">site</a> www.contoso.cn') },
    { name: "a host that only ends like a shortener", message: html('<a href="https://notbit.ly/x">x</a>') },
    { name: "a shortener as an image source", message: html('<img src="https://bit.ly/pic">') },
    { name: "a shortener named in prose, not linked", message: text("We never use bit.ly here.") },
    { name: "mailto", message: html('<a href="mailto:bit.ly@example.com">mail</a>') },
  ],
  invalid: [
    {
      name: "an anchor through bit.ly",
      message: html('<p>Report: <a href="https://bit.ly/3abc">here</a></p>'),
      findings: [{ messageId: "shortener", data: { host: "bit.ly", url: "https://bit.ly/3abc", count: 1 }, target: { kind: "body", excerpt: "https://bit.ly/3abc" } }],
    },
    {
      name: "Chinese shorteners in plain text, one finding per shortener with a count",
      message: text("详情见 http://t.cn/A6x1 和 http://t.cn/A6x2，或 https://dwz.cn/abc"),
      findings: [
        { messageId: "shortener", data: { host: "t.cn", url: "http://t.cn/A6x1", count: 2 } },
        { messageId: "shortener", data: { host: "dwz.cn", count: 1 } },
      ],
    },
    {
      name: "a subdomain of a listed host",
      message: text("see www.tinyurl.com/y7abc"),
      findings: [{ messageId: "shortener", data: { host: "tinyurl.com" } }],
    },
    {
      name: "upper case and a trailing dot in the host",
      message: html('<a href="HTTP://URL.CN./x">x</a>'),
      findings: [{ messageId: "shortener", data: { host: "url.cn" } }],
    },
    {
      name: "three-label list entries",
      message: text("https://w.url.cn/s/abc"),
      findings: [{ messageId: "shortener", data: { host: "w.url.cn" } }],
    },
  ],
});

describe("shortenerOf", () => {
  it("matches a host or one of its parent domains", () => {
    expect(shortenerOf("bit.ly")).toBe("bit.ly");
    expect(shortenerOf("j.mp")).toBe("j.mp");
    expect(shortenerOf("a.b.goo.gl")).toBe("goo.gl");
    expect(shortenerOf("example.com")).toBeUndefined();
    expect(shortenerOf("ly")).toBeUndefined();
  });
});
