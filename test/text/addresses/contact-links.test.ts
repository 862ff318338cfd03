import fs from "node:fs";
import path from "node:path";
import { mailtoHref, webHref } from "../../../src/text/addresses/contact-links";

const schema = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../../policy/policy.schema.json"), "utf8"));
const SCHEMA_EMAIL = new RegExp(schema.definitions.email.pattern, "u");
const SCHEMA_URL = new RegExp(schema.definitions.httpsUrl.pattern, "u");

const ADDRESSES = [
  "it@example.cn",
  "IT.Desk+cn@mail.example.com.cn",
  "javascript:alert(1)@x.y",
  "it@example.cn?cc=boss@example.cn&body=hi",
  "it@example.cn?body=hi",
  "it@example.cn&subject=x",
  "it@example.cn#x",
  "it%40x@example.cn",
  "it@example.cn\n",
  "it@\u202eexample.cn",
  "a@b",
  "",
];

describe("mailtoHref", () => {
  it("links a plain address to itself, the local part encoded", () => {
    expect(mailtoHref("it@example.cn")).toBe("mailto:it@example.cn");
    expect(mailtoHref("IT.Desk+cn@mail.example.com.cn")).toBe("mailto:IT.Desk%2Bcn@mail.example.com.cn");
  });

  it.each(ADDRESSES.slice(2))("gives no link for %j", (address) => {
    expect(mailtoHref(address)).toBeUndefined();
  });

  it("never yields a link with anything but the address in it", () => {
    for (const address of ADDRESSES) {
      const href = mailtoHref(address);
      if (href !== undefined) expect(href).toMatch(/^mailto:[A-Za-z0-9._%-]+@[A-Za-z0-9.-]+$/);
    }
  });

  it.each(ADDRESSES)("agrees with the schema's email pattern on %j", (address) => {
    expect(mailtoHref(address) !== undefined).toBe(SCHEMA_EMAIL.test(address));
  });

  it("refuses an address longer than a mail address can be", () => {
    expect(mailtoHref(`${"a".repeat(250)}@example.cn`)).toBeUndefined();
  });
});

describe("webHref", () => {
  const URLS = [
    "https://help.example.cn/",
    "https://help.example.cn:8443/a?x=1&y=2#top",
    "https://help.example.cn/\u0000",
    "https://help.example.cn/a\u0007b",
    "https://help.example.cn/\u202etxt.exe",
    "https://help.example.cn/\u2066",
    "https://it@help.example.cn/",
    'https://help.example.cn/"x',
    "javascript:alert(1)",
    "https:///",
  ];

  it("keeps a clean address as it is", () => {
    expect(webHref("https://help.example.cn/a?x=1#top")).toBe("https://help.example.cn/a?x=1#top");
    expect(webHref("http://intranet.example.cn/")).toBe("http://intranet.example.cn/");
  });

  it.each(URLS.slice(2))("gives no link for %j", (url) => {
    expect(webHref(url)).toBeUndefined();
  });

  it.each(URLS)("links only what the schema's httpsUrl accepts, for https addresses: %j", (url) => {
    expect(webHref(url) !== undefined).toBe(SCHEMA_URL.test(url));
  });
});
