import { describeHost, parseIpv4, parseWebUrl, registrableDomain } from "../../../src/text/addresses/url";
import { decodePunycode, hostToUnicode } from "../../../src/text/addresses/idn";

describe("parseWebUrl", () => {
  it.each([
    ["http://Example.COM/path?q=1#f", { scheme: "http", host: "example.com", hostKind: "domain", port: "", rest: "/path?q=1#f" }],
    ["HTTPS://example.com:8443", { scheme: "https", host: "example.com", port: "8443", rest: "" }],
    ["www.example.com/a", { scheme: "http", host: "www.example.com", rest: "/a" }],
    ["//cdn.example.com/x.js", { scheme: "http", host: "cdn.example.com" }],
    ["  http://example.com  ", { host: "example.com" }],
    ["ht\ntp://exa\tmple.com", { host: "example.com" }],
    ["http:\\\\evil.com\\path", { host: "evil.com", rest: "\\path" }],
    ["http:evil.com", { host: "evil.com" }],
    ["ftp://files.example.com", { scheme: "ftp", host: "files.example.com" }],
    ["http://example.com./", { host: "example.com" }],
    ["http://ｅｖｉｌ．ｃｏｍ/", { host: "evil.com" }],
    ["http://例子。中国/", { host: "例子.中国", displayHost: "例子.中国" }],
    ["http://%65vil.com/", { host: "evil.com" }],
  ])("%s", (raw, expected) => {
    expect(parseWebUrl(raw)).toMatchObject(expected);
  });

  it("splits user info off: the host is what follows the last @", () => {
    expect(parseWebUrl("http://paypal.com@evil.com/login")).toMatchObject({ userinfo: "paypal.com", host: "evil.com" });
    expect(parseWebUrl("http://a@b@evil.com/")).toMatchObject({ userinfo: "a@b", host: "evil.com" });
    expect(parseWebUrl("http://user:pw@example.com:81/")).toMatchObject({ userinfo: "user:pw", host: "example.com", port: "81" });
  });

  it.each([
    ["http://192.168.1.1/", "192.168.1.1"],
    ["http://3232235777/", "192.168.1.1"],
    ["http://0xC0A80101/", "192.168.1.1"],
    ["http://0xC0.0xA8.1.1/", "192.168.1.1"],
    ["http://0300.0250.01.01/", "192.168.1.1"],
    ["http://192.168.257/", "192.168.1.1"],
    ["http://127.1/", "127.0.0.1"],
    ["http://0x/", "0.0.0.0"],
  ])("reads the IPv4 address in %s", (raw, ip) => {
    expect(parseWebUrl(raw)).toMatchObject({ host: ip, hostKind: "ipv4", displayHost: ip });
  });

  it("reads IPv6 hosts", () => {
    expect(parseWebUrl("http://[2001:DB8::1]:8080/x")).toMatchObject({ host: "2001:db8::1", hostKind: "ipv6", port: "8080" });
    expect(parseWebUrl("http://[::ffff:192.168.1.1]/")).toMatchObject({ hostKind: "ipv6" });
  });

  it.each([
    "mailto:someone@example.com",
    "tel:+861234",
    "cid:image001.png@01D",
    "#top",
    "/relative/path",
    "javascript:alert(1)",
    "data:image/png;base64,AAAA",
    "http://",
    "http:///",
    "http://exa mple.com/",
    "http://[::1/",
    "http://[zz::1]/",
    "http://example.com:80a/",
    "http://1.2.3.4.5/",
    "http://256.256.256.256/",
    "http://example.123/",
    "http://4294967296/",
  ])("rejects %s", (raw) => {
    expect(parseWebUrl(raw)).toBeUndefined();
  });

  it("decodes xn-- labels for display and keeps both forms", () => {
    const url = parseWebUrl("http://xn--pple-43d.com/")!;
    expect(url.host).toBe("xn--pple-43d.com");
    expect(url.displayHost).toBe("\u0430pple.com");
    expect(describeHost(url)).toBe("xn--pple-43d.com (\u0430pple.com)");
    expect(describeHost(parseWebUrl("http://example.com")!)).toBe("example.com");
  });

  it("reads only the start of a huge link and finishes", () => {
    const url = parseWebUrl(`http://example.com/${"a".repeat(1_000_000)}`);
    expect(url?.host).toBe("example.com");
    expect(parseWebUrl(`http://a${" ".repeat(2_000)}x.com`)).toBeUndefined();
    expect(parseWebUrl(`http://a${" ".repeat(200_000)}x.com`)?.host).toBe("a");
    expect(parseWebUrl(`data:image/png;base64,${"A".repeat(5_000_000)}`)).toBeUndefined();
  });
});

describe("parseIpv4", () => {
  it("rejects parts out of range and non-numbers", () => {
    expect(parseIpv4("1.2.3.256")).toBeUndefined();
    expect(parseIpv4("1.2.65536")).toBeUndefined();
    expect(parseIpv4("08.1.1.1")).toBeUndefined();
    expect(parseIpv4("1..1")).toBeUndefined();
    expect(parseIpv4("99999999999999999999")).toBeUndefined();
    expect(parseIpv4("10.0.0.1")).toBe("10.0.0.1");
  });
});

describe("registrableDomain", () => {
  it.each([
    ["example.com", "example.com"],
    ["www.mail.example.com", "example.com"],
    ["news.example.com.cn", "example.com.cn"],
    ["example.com.cn", "example.com.cn"],
    ["shop.example.co.uk", "example.co.uk"],
    ["www.gov.sh.cn", "gov.sh.cn"],
    ["a.b.example.cn", "example.cn"],
    ["localhost", "localhost"],
  ])("%s → %s", (host, expected) => {
    expect(registrableDomain(host)).toBe(expected);
  });

  it("returns IP addresses unchanged", () => {
    expect(registrableDomain("192.168.1.1", "ipv4")).toBe("192.168.1.1");
  });
});

describe("punycode", () => {
  it.each([
    ["pple-43d", "\u0430pple"],
    ["fiqs8s", "中国"],
    ["fsqu00a", "例子"],
    ["mnchen-3ya", "münchen"],
  ])("decodes %s", (input, expected) => {
    expect(decodePunycode(input)).toBe(expected);
  });

  it("rejects invalid input and leaves such labels as they are", () => {
    expect(decodePunycode("!!!")).toBeUndefined();
    expect(decodePunycode("a".repeat(100))).toBeUndefined();
    expect(hostToUnicode("xn--!!!.com")).toBe("xn--!!!.com");
    expect(hostToUnicode("www.xn--fiqs8s")).toBe("www.中国");
  });
});
