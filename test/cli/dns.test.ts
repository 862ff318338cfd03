import { checkDomain, DomainChecker, type FetchJson } from "../../src/cli/dns";
import { runCli } from "../../src/cli/program";
import { memoryIO } from "./memory-io";

const DOH = "https://dns.example/resolve";

/** A resolver that knows a few domains, in the DNS-over-HTTPS JSON format. */
function resolver(zones: Record<string, { MX?: string[]; A?: string[]; nx?: true; fail?: true }>): FetchJson & { calls: string[] } {
  const calls: string[] = [];
  const fetchJson = async (url: string, _timeoutMs = 0): Promise<unknown> => {
    calls.push(url);
    const { searchParams } = new URL(url);
    const name = searchParams.get("name") ?? "";
    const type = searchParams.get("type") as "MX" | "A" | "AAAA";
    const zone = zones[name];
    if (zone?.fail) throw new Error("timeout");
    if (!zone || zone.nx) return { Status: 3 };
    const code = { MX: 15, A: 1, AAAA: 28 }[type];
    return { Status: 0, Answer: ((type === "AAAA" ? [] : zone[type]) ?? []).map((data) => ({ name, type: code, data })) };
  };
  return Object.assign(fetchJson, { calls });
}

const ZONES = {
  "contoso.cn": { MX: ["10 mx.contoso.cn."] },
  "nomail.example": { MX: ["0 ."] },
  "aonly.example": { A: ["203.0.113.9"] },
  "parked.example": {},
  "flaky.example": { fail: true as const },
};

describe("checkDomain", () => {
  it.each([
    ["contoso.cn", "ok"],
    ["nomail.example", "null-mx"],
    ["aonly.example", "ok"],
    ["parked.example", "no-mail-host"],
    ["gone.example", "not-found"],
    ["flaky.example", "error"],
  ])("%s is %s", async (domain, status) => {
    expect(await checkDomain(resolver(ZONES), DOH, domain)).toBe(status);
  });

  it("calls an answer that is not DNS JSON an error, not a verdict", async () => {
    expect(await checkDomain(async () => "<html>captive portal</html>", DOH, "contoso.cn")).toBe("error");
    expect(await checkDomain(async () => ({ Status: 2 }), DOH, "contoso.cn")).toBe("error");
  });
});

describe("DomainChecker", () => {
  it("asks each domain once per run, whatever its case", async () => {
    const fetchJson = resolver(ZONES);
    const checker = new DomainChecker(fetchJson, DOH);
    expect(await checker.check(["contoso.cn", "CONTOSO.cn", "nomail.example"])).toEqual([
      { domain: "contoso.cn", status: "ok" },
      { domain: "nomail.example", status: "null-mx" },
    ]);
    await checker.check(["contoso.cn"]);
    expect(fetchJson.calls.filter((u) => u.includes("contoso.cn"))).toHaveLength(1);
  });
});

describe("mail-preflight check and DNS", () => {
  const MAIL = "From: a@contoso.cn\r\nTo: x@nomail.example, y@contoso.cn\r\nSubject: Hi\r\n\r\nHello\r\n";
  const ON = JSON.stringify({ rules: { "recipient-domain-unreachable": "warn" } });

  it("looks recipient domains up only when the policy turns the rule on", async () => {
    const io = memoryIO({ "m.eml": MAIL }, { web: (url) => resolver(ZONES)(url, 0) });
    await runCli(["check", "--format", "json", "m.eml"], io);
    expect(io.fetched).toEqual([]);
  });

  it("reports a domain that accepts no mail, through the given resolver", async () => {
    const fetchJson = resolver(ZONES);
    const io = memoryIO({ "p.json": ON, "m.eml": MAIL }, { web: (url) => fetchJson(url, 0) });
    expect(await runCli(["check", "--format", "json", "--policy", "p.json", "--dns-url", DOH, "m.eml"], io)).toBe(0);
    const findings = JSON.parse(io.out()).results[0].findings;
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: "recipient-domain-unreachable", severity: "warn" }));
    expect(io.fetched.every((u) => u.startsWith(`${DOH}?name=`))).toBe(true);
  });

  it("finds nothing when the resolver cannot be reached, and says the domains were not checked", async () => {
    const io = memoryIO({ "p.json": ON, "m.eml": MAIL });
    await runCli(["check", "--format", "json", "--policy", "p.json", "m.eml"], io);
    const [result] = JSON.parse(io.out()).results;
    expect(result.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain("recipient-domain-unreachable");
    expect(result.notChecked).toEqual([expect.objectContaining({ kind: "domainLookupFailed", data: { domains: ["nomail.example", "contoso.cn"] } })]);
    const text = memoryIO({ "p.json": ON, "m.eml": MAIL });
    await runCli(["check", "--policy", "p.json", "m.eml"], text);
    expect(text.out()).toMatch(/NOT CHECKED {2}The DNS look-up of the mail servers for nomail\.example, contoso\.cn failed/);
  });

  it("says only the domains whose look-up failed were not checked", async () => {
    const fetchJson = resolver(ZONES);
    const mail = "From: a@contoso.cn\r\nTo: x@flaky.example, y@contoso.cn\r\nSubject: Hi\r\n\r\nHello\r\n";
    const io = memoryIO({ "p.json": ON, "m.eml": mail }, { web: (url) => fetchJson(url, 0) });
    await runCli(["check", "--format", "json", "--policy", "p.json", "--dns-url", DOH, "m.eml"], io);
    expect(JSON.parse(io.out()).results[0].notChecked.map((g: { data: unknown }) => g.data)).toEqual([{ domains: ["flaky.example"] }]);
  });

  it("refuses a resolver that is not https", async () => {
    const io = memoryIO({ "m.eml": MAIL });
    expect(await runCli(["check", "--dns-url", "http://dns.example/resolve", "m.eml"], io)).toBe(2);
    expect(io.err()).toContain("--dns-url must be an https:// URL");
  });
});
