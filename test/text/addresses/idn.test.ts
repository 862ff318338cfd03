/** Punycode both ways, checked against Node's own IDNA implementation. */
import { domainToASCII } from "node:url";
import { decodePunycode, encodePunycode, hostToAscii, hostToUnicode, isAscii } from "../../../src/text/addresses/idn";

const HOSTS = ["gmaіl.com", "ехаmple.cn", "qq.cоm", "例子.中国", "bücher.de", "аррӏе.com", "mail.ехаmple.cn", "😀x.com", "ñandú.com.ar"];

describe("hostToAscii", () => {
  it.each(HOSTS)("writes %s as DNS knows it, as Node does", (host) => {
    expect(hostToAscii(host)).toBe(domainToASCII(host));
  });

  it("leaves ASCII labels alone", () => {
    expect(hostToAscii("mail.contoso.cn")).toBe("mail.contoso.cn");
  });
});

describe("encodePunycode", () => {
  it.each(HOSTS.flatMap((h) => h.split(".")).filter((l) => !isAscii(l)))("round-trips %s", (label) => {
    expect(decodePunycode(encodePunycode(label))).toBe(label);
    expect(hostToUnicode(`xn--${encodePunycode(label)}.com`)).toBe(`${label.toLowerCase()}.com`);
  });

  it("matches RFC 3492's sample strings", () => {
    // RFC 3492 §7.1 (A) Arabic (Egyptian) and (B) Chinese (simplified).
    expect(encodePunycode("\u0644\u064A\u0647\u0645\u0627\u0628\u062A\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628\u064A\u061F")).toBe("egbpdaj6bu4bxfgehfvwxn");
    expect(encodePunycode("\u4ED6\u4EEC\u4E3A\u4EC0\u4E48\u4E0D\u8BF4\u4E2D\u6587")).toBe("ihqwcrb4cv8a8dqg056pqjye");
  });
});
