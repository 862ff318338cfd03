import rule from "../../src/rules/content-image-only";
import { ruleTester } from "../helpers/rule-tester";
import { makeSnapshot } from "../helpers/snapshot";

const html = (h: string) => makeSnapshot({ body: { html: h } });
const forty = "这是一段足够长的正文，".repeat(4); // 40 characters

ruleTester(rule, {
  valid: [
    { name: "text only", message: html("<p>Hi</p>") },
    { name: "images with enough text", message: html(`<p>${forty}</p><img src="cid:a">`) },
    { name: "a tracking pixel only", message: html('<p>Hi</p><img src="t.gif" width="1" height="1">') },
    { name: "a plain-text body", message: makeSnapshot({ body: { text: "" } }) },
    { name: "a lower threshold", message: html('<p>See the poster</p><img src="cid:p">'), options: { minTextChars: 10 } },
  ],
  invalid: [
    {
      name: "one big image and no text",
      message: html('<html><body><img src="https://cdn.example.com/poster.jpg" alt="大促销"></body></html>'),
      findings: [{ messageId: "imageOnly", data: { images: 1, chars: 0 }, target: { kind: "body" } }],
    },
    {
      name: "images with a short caption; CJK counts per character, alt text not at all",
      message: html('<p>点击查看活动详情</p><img src="cid:1" alt="a very long alt text that is not visible text"><img src="cid:2">'),
      findings: [{ messageId: "imageOnly", data: { images: 2, chars: 8 } }],
    },
    {
      name: "39 visible characters",
      message: html(`<p>${forty.slice(0, 39)}</p><img src="cid:a">`),
      findings: [{ messageId: "imageOnly", data: { chars: 39 } }],
    },
    {
      name: "text hidden in script and style does not count",
      message: html(`<style>${"p{}".repeat(50)}</style><script>${"x".repeat(100)}</script><img src="cid:a">`),
      findings: [{ messageId: "imageOnly", data: { chars: 0 } }],
    },
  ],
});
