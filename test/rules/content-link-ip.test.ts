import rule from "../../src/rules/content-link-ip";
import { ruleTester } from "../helpers/rule-tester";
import { makeSnapshot } from "../helpers/snapshot";

const html = (h: string) => makeSnapshot({ body: { html: h } });
const text = (t: string) => makeSnapshot({ body: { text: t } });

ruleTester(rule, {
  valid: [
    { name: "domain links", message: html('<a href="https://example.com">x</a> http://1example.com/') },
    { name: "an IP in prose, not a link", message: text("The server is 10.0.0.5.") },
    { name: "a version-like host is not an IP and not a valid URL", message: text("http://example.123/") },
    { name: "mailto to an IP literal", message: html('<a href="mailto:a@[10.0.0.1]">x</a>') },
  ],
  invalid: [
    {
      name: "dotted IPv4 in an anchor",
      message: html('<a href="http://203.0.113.5/login">Log in</a>'),
      findings: [{ messageId: "ipLink", data: { host: "203.0.113.5", url: "http://203.0.113.5/login" }, target: { kind: "body", excerpt: "http://203.0.113.5/login" } }],
    },
    {
      name: "integer, hex and octal notations",
      message: text("http://3405803781/ http://0xCB.0x00.0x71.0x06/ http://0313.0.0161.07/"),
      findings: [
        { messageId: "ipLink", data: { host: "203.0.113.5" } },
        { messageId: "ipLink", data: { host: "203.0.113.6" } },
        { messageId: "ipLink", data: { host: "203.0.113.7" } },
      ],
    },
    {
      name: "IPv6",
      message: html('<a href="http://[2001:db8::1]:8080/x">x</a>'),
      findings: [{ messageId: "ipLink", data: { host: "[2001:db8::1]" } }],
    },
    {
      name: "loopback and private addresses are reported too",
      message: text("http://127.0.0.1:3000/ and http://192.168.1.10/share"),
      findings: [{ messageId: "ipLink", data: { host: "127.0.0.1" } }, { messageId: "ipLink", data: { host: "192.168.1.10" } }],
    },
    {
      name: "a remote image from an IP",
      message: html('<img src="http://198.51.100.7/t.gif">'),
      findings: [{ messageId: "ipLink", data: { host: "198.51.100.7" } }],
    },
    {
      name: "one finding per address",
      message: text("http://203.0.113.5/a http://203.0.113.5/b"),
      findings: [{ messageId: "ipLink", data: { url: "http://203.0.113.5/a" } }],
    },
  ],
});
