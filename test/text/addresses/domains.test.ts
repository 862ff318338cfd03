import {
  PROVIDERS,
  providerSwap,
  domainMatcher,
  fixTldSlip,
  hasCommonSuffix,
  internalDomainsFor,
  internalMatcher,
  isKnownDomain,
  mainLabel,
  normalizeDomain,
} from "../../../src/text/addresses/domains";
import { DEFAULT_POLICY } from "../../../src/engine/policy/defaults";
import { runRules } from "../../../src/engine/run";
import { RULES } from "../../../src/rules";
import { makeSnapshot, to } from "../../helpers/snapshot";

// DESIGN.md §8, verbatim.
const CHINESE_CONSUMER = `qq.com foxmail.com 163.com 126.com yeah.net 188.com vip.163.com
vip.126.com sina.com sina.cn vip.sina.com sohu.com 139.com 189.cn aliyun.com 21cn.com tom.com
263.net`.split(/\s+/);
const INTERNATIONAL = "gmail.com outlook.com hotmail.com live.com yahoo.com icloud.com aol.com protonmail.com msn.com".split(" ");

describe("PROVIDERS", () => {
  it("holds every Chinese consumer domain of the design and the main international ones, once", () => {
    const domains = PROVIDERS.map((p) => p.domain);
    for (const d of [...CHINESE_CONSUMER, ...INTERNATIONAL]) expect(domains).toContain(d);
    expect(new Set(domains).size).toBe(domains.length);
  });

  it("lists the most used first", () => {
    const rank = (d: string) => PROVIDERS.findIndex((p) => p.domain === d);
    expect(rank("qq.com")).toBeLessThan(rank("foxmail.com"));
    expect(rank("sina.com")).toBeLessThan(rank("sina.cn"));
    expect(rank("163.com")).toBeLessThan(rank("vip.163.com"));
  });

  it("keeps the Chinese, Taiwanese and Hong Kong providers and the big international ones by use", () => {
    const domains = PROVIDERS.map((p) => p.domain);
    for (const d of ["hinet.net", "yahoo.com.tw", "yahoo.com.hk", "netvigator.com", "googlemail.com", "comcast.net"]) expect(domains).toContain(d);
  });
});

describe("providerSwap", () => {
  it.each([
    ["gmail.co", "gmail.com"],
    ["gmail.net", "gmail.com"],
    ["gmail.com.cn", "gmail.com"],
    ["qq.cn", "qq.com"],
    ["qq.net", "qq.com"],
    ["189.com", "189.cn"],
    ["yeah.com", "yeah.net"],
    ["hotmail.cm", "hotmail.com"],
  ])("%s → %s", (typed, meant) => expect(providerSwap(typed)).toBe(meant));

  // An ISP's name under .com is often its own company's mail: comcast.com, earthlink.com.
  it.each(["gmail.com", "mail.gmail.net", "gmail.de", "contoso.net", "sina.net", "live.net", "yahoo.com.tw", "comcast.com", "earthlink.com"])("leaves %s", (d) => {
    expect(providerSwap(d) === undefined || isKnownDomain(d)).toBe(true);
  });

  it("never swaps into something that is not a provider, nor from a known domain", () => {
    const domains = new Set(PROVIDERS.map((p) => p.domain));
    for (const p of PROVIDERS) {
      for (const suffix of ["com", "net", "org", "co", "cn", "com.cn"]) {
        const typed = `${p.domain.slice(0, p.domain.indexOf("."))}.${suffix}`;
        const meant = providerSwap(typed);
        if (meant !== undefined && !isKnownDomain(typed)) expect(domains.has(meant)).toBe(true);
      }
    }
  });
});

describe("isKnownDomain", () => {
  it.each([...CHINESE_CONSUMER, ...INTERNATIONAL, "vip.qq.com", "googlemail.com", "mail.com", "Gmail.COM", "hinet.net"])(
    "%s is known",
    (d) => expect(isKnownDomain(d)).toBe(true),
  );
  it.each(["gmial.com", "qq.con", "136.com", "contoso.cn", "example.com"])("%s is not", (d) => {
    expect(isKnownDomain(d)).toBe(false);
  });
});

describe("fixTldSlip", () => {
  it.each([
    ["company.con", "company.com"],
    ["company.cmo", "company.com"],
    ["company.ocm", "company.com"],
    ["company.comm", "company.com"],
    ["company.cm", "company.com"],
    ["company.om", "company.com"],
    ["company.nt", "company.net"],
    ["company.ogr", "company.org"],
    ["bbc.couk", "bbc.co.uk"],
    ["bbc.co.um", "bbc.co.uk"],
    ["bbc.o.uk", "bbc.co.uk"],
    ["bbc.com.uk", "bbc.co.uk"],
    ["example.cobr", "example.com.br"],
    ["example.cojp", "example.co.jp"],
    ["example.comcn", "example.com.cn"],
    ["example.comtw", "example.com.tw"],
    ["example.com.hkk", "example.com.hk"],
    ["company.nte", "company.net"],
    ["company.ogr", "company.org"],
    ["company.com.cm", "company.com.cn"],
    ["company.con.cn", "company.com.cn"],
  ])("%s → %s", (typed, fixed) => expect(fixTldSlip(typed)).toBe(fixed));

  it.each([
    "company.com", "company.co", "company.cn", "company.net", "company.com.cn", "localhost", "company.ne",
    // Real endings near common ones, and endings too far from any to guess.
    "company.cam", "company.cat", "company.co.za", "bbc.co.uk", "example.ac.uk", "example.or.jp", "example.ne.jp",
    "example.com.au", "example.sh.cn", "example.idv.tw", "example.nhs.uk", "example.photography", "example.local", "example.corp",
  ])(
    "%s has no slip",
    (d) => expect(fixTldSlip(d)).toBeUndefined(),
  );
});

describe("mainLabel and hasCommonSuffix", () => {
  it.each([
    ["gmail.com", "gmail"],
    ["vip.163.com", "163"],
    ["contoso.com.cn", "contoso"],
    ["mail.contoso.co.uk", "contoso"],
    ["sina.cn", "sina"],
    ["localhost", "localhost"],
  ])("%s → %s", (d, label) => expect(mainLabel(d)).toBe(label));

  it("knows the common real endings", () => {
    expect(hasCommonSuffix("contoso.com")).toBe(true);
    expect(hasCommonSuffix("contoso.com.cn")).toBe(true);
    expect(hasCommonSuffix("contoso.con")).toBe(false);
    expect(hasCommonSuffix("contoso.cnm")).toBe(false);
  });
});

describe("domainMatcher", () => {
  const m = domainMatcher(["Contoso.cn", "@fabrikam.com", ".example.org."]);
  it.each([
    ["contoso.cn", true],
    ["mail.contoso.cn", true],
    ["a.b.contoso.cn", true],
    ["fabrikam.com", true],
    ["example.org", true],
    ["notcontoso.cn", false],
    ["contoso.cn.evil.com", false],
    ["cn", false],
  ])("%s → %s", (d, want) => expect(m.matches(d)).toBe(want));

  it("ignores empty entries", () => {
    expect(domainMatcher(["", "  "]).size).toBe(0);
  });
});

describe("internalDomainsFor", () => {
  it("prefers the policy's list, normalised", () => {
    expect(internalDomainsFor(["@Contoso.CN"], "me@other.com")).toEqual(["contoso.cn"]);
  });
  it("falls back to the sender's domain", () => {
    expect(internalDomainsFor([], "Me@Contoso.cn")).toEqual(["contoso.cn"]);
  });
  it("does not take a consumer provider for the company", () => {
    expect(internalDomainsFor([], "me@qq.com")).toEqual([]);
  });
  it("is empty with neither", () => {
    expect(internalDomainsFor([], undefined)).toEqual([]);
    expect(internalDomainsFor([], "not-an-address")).toEqual([]);
  });
  it("normalizeDomain strips what admins add by habit", () => {
    expect(normalizeDomain(" @Contoso.CN. ")).toBe("contoso.cn");
  });
});

describe("a policy's domain list is indexed once", () => {
  it("reads 200,000 internal domains once for all rules of a check, and not again for the next check", () => {
    const domains = Array.from({ length: 200_000 }, (_, i) => `d${i}.example.cn`);
    let reads = 0;
    const counted = new Proxy(domains, {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) reads += 1;
        return Reflect.get(target, key, receiver);
      },
    });
    const policy = { ...DEFAULT_POLICY, internalDomains: counted };
    // 10,000 recipients over a few domains, inside and outside, and links in the body.
    const recipients = Array.from({ length: 10_000 }, (_, i) => to(`u${i}@${["d7.example.cn", "fabrikam.com", "mail.d42.example.cn", "gmial.com"][i % 4]}`));
    const links = Array.from({ length: 20 }, (_, i) => `<a href="https://d${i}.example.cn/x">${i}</a><a href="https://site${i}.example.org/">s</a>`).join("");
    // "!!!" beside them: many links are reported only with a second signal.
    const message = makeSnapshot({ recipients, body: { html: `<p>${links}</p><p>Today only!!!</p>` } });
    const first = runRules(message, policy, RULES);
    expect(reads).toBe(domains.length);
    runRules(message, policy, RULES);
    expect(reads).toBe(domains.length);
    // The index answers as the list would: internal recipients and links are not reported.
    const external = first.findings.find((f) => f.ruleId === "recipient-external");
    expect(external?.data.addresses).not.toEqual(expect.stringContaining("example.cn"));
    expect(first.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(["recipient-external", "recipient-domain-typo", "content-too-many-links"]));
  });

  it("gives every rule the same matcher for a list, and a new one for a new list", () => {
    const list = ["Contoso.cn"];
    expect(internalMatcher(list)).toBe(internalMatcher(list, "me@fabrikam.com"));
    expect(internalMatcher(["contoso.cn"])).not.toBe(internalMatcher(list));
    expect(internalMatcher(list).matches("mail.contoso.cn")).toBe(true);
    // An empty list falls back to the sender's own domain.
    expect(internalMatcher([], "me@fabrikam.com").matches("fabrikam.com")).toBe(true);
  });
});
