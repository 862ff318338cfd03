import rule, { shownAddress } from "../../src/rules/content-link-mismatch";
import { ruleTester } from "../helpers/rule-tester";
import { makeSnapshot } from "../helpers/snapshot";

const html = (h: string) => makeSnapshot({ body: { html: h } });
const a = (href: string, text: string) => html(`<p>Please see <a href="${href}">${text}</a>.</p>`);

ruleTester(rule, {
  valid: [
    { name: "an internationalised host shown as itself", message: html('<a href="https://bücher.de/x">Visit https://bücher.de/x today</a>') },
    { name: "descriptive text", message: a("https://evil.example.net/x", "the report") },
    { name: "same host", message: a("https://www.example.com/a", "www.example.com") },
    { name: "same site, other subdomain and path", message: a("https://example.com/a?b=1", "https://news.example.com/") },
    { name: "same site under com.cn", message: a("http://shop.example.com.cn/", "www.example.com.cn") },
    { name: "a Unicode name shown, its punycode linked", message: a("http://xn--fsqu00a.xn--fiqs8s/", "例子.中国") },
    { name: "a file name is not an address", message: a("https://contoso.sharepoint.com/x", "notes.md") },
    { name: "an e-mail address as text", message: a("mailto:li@example.com", "li@example.com") },
    { name: "an address shown for a mailto link", message: a("mailto:info@example.com", "www.other.com") },
    { name: "Safe Links in a quoted reply", message: a("https://nam02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fexample.com", "https://example.com") },
    { name: "the IP shown is the IP linked, in another notation", message: a("http://3232235777/", "http://192.168.1.1/") },
    { name: "plain text links have no anchor text", message: makeSnapshot({ body: { text: "www.a.com http://b.com" } }) },
    {
      // A newsletter's click tracking runs through the sender's own domain.
      name: "a link through the sender's own domain, showing another site",
      message: makeSnapshot({
        sender: { address: "daily@mail4.unitedmedia.com", displayName: "Daily" },
        body: { html: '<a href="http://mail4.unitedmedia.com/Click?q=84-CCDy">dilbert.com</a> <a href="http://clicks.unitedmedia.com/c?q=1">www.comics.com</a>' },
      }),
    },
  ],
  invalid: [
    {
      name: "text shows one site, href goes to another",
      message: a("http://login.evil.net/paypal", "www.paypal.com"),
      findings: [{ messageId: "mismatch", data: { shown: "www.paypal.com", actual: "login.evil.net" }, target: { kind: "body", excerpt: "www.paypal.com" } }],
    },
    {
      name: "a bare domain shown",
      message: a("https://example.net/", "example.com"),
      findings: [{ messageId: "mismatch", data: { shown: "example.com", actual: "example.net" } }],
    },
    {
      name: "an address inside a sentence",
      message: a("https://evil.net/", "Log in at https://bank.com.cn now"),
      findings: [{ messageId: "mismatch", data: { shown: "bank.com.cn", actual: "evil.net" } }],
    },
    {
      name: "a homograph: both forms shown",
      message: a("http://xn--pple-43d.com/", "apple.com"),
      findings: [{ messageId: "mismatch", data: { shown: "apple.com", actual: "xn--pple-43d.com (\u0430pple.com)" } }],
    },
    {
      name: "user info before the real host",
      message: a("http://paypal.com@evil.com/login", "http://paypal.com@evil.com/login"),
      findings: [{ messageId: "userinfo", data: { shown: "paypal.com", actual: "evil.com" } }],
    },
    {
      name: "user info in a plain-text link",
      message: makeSnapshot({ body: { text: "Open http://www.icbc.com.cn@203.0.113.9/ now" } }),
      findings: [{ messageId: "userinfo", data: { shown: "www.icbc.com.cn", actual: "203.0.113.9" } }],
    },
    {
      name: "the same pair repeated is reported once; a different pair again",
      message: html(
        '<a href="http://a.evil.net">www.bank.com</a><a href="http://a.evil.net">www.bank.com</a><a href="http://b.evil.org">www.bank.com</a>',
      ),
      findings: [
        { messageId: "mismatch", data: { actual: "a.evil.net" } },
        { messageId: "mismatch", data: { actual: "b.evil.org" } },
      ],
    },
    {
      name: "a link to the sender's site does not excuse a link elsewhere",
      message: makeSnapshot({
        sender: { address: "news@fabrikam.com", displayName: "Fabrikam" },
        body: { html: '<a href="https://www.fabrikam.com/">www.fabrikam.com</a> <a href="http://login.evil.net/">www.fabrikam.com</a>' },
      }),
      findings: [{ messageId: "mismatch", data: { shown: "www.fabrikam.com", actual: "login.evil.net" } }],
    },
    {
      // A provider's address owns no site: qq.com links are not the sender's own.
      name: "a sender at a mail provider gets no exemption for the provider's hosts",
      message: makeSnapshot({ sender: { address: "li@qq.com", displayName: "Li" }, body: { html: '<a href="http://mail.qq.com/x">www.icbc.com.cn</a>' } }),
      findings: [{ messageId: "mismatch", data: { shown: "www.icbc.com.cn", actual: "mail.qq.com" } }],
    },
    {
      name: "full-width text normalised",
      message: a("http://evil.net", "ｗｗｗ．ｂａｎｋ．ｃｏｍ"),
      findings: [{ messageId: "mismatch", data: { shown: "www.bank.com" } }],
    },
  ],
});

describe("shownAddress", () => {
  it.each([
    ["www.example.com", "www.example.com"],
    ["<https://example.com/a>", "example.com"],
    ["(example.org)", "example.org"],
    ["example.com.", "example.com"],
    ["「www.example.cn」", "www.example.cn"],
  ])("%s shows %s", (text, host) => {
    expect(shownAddress(text)?.host).toBe(host);
  });

  it.each(["Click here", "report.pdf", "photos.zip", "v1.2", "", "a".repeat(400), "李四"])("%s shows no address", (text) => {
    expect(shownAddress(text)).toBeUndefined();
  });

  it("finishes on hostile input", () => {
    expect(shownAddress(`${"a.".repeat(140)}!`)).toBeUndefined();
    expect(shownAddress("a-".repeat(150))).toBeUndefined();
  });
});
