/**
 * Policy values built to hurt: validating them costs time linear in their size (the pane
 * validates policy.json at every open), every string and list has a cap, and the support e-mail
 * and web addresses cannot smuggle a script, extra mailto: fields or hidden characters.
 */
import fs from "node:fs";
import path from "node:path";
import { resolvePolicy } from "../../src/engine/policy/resolve";
import validate from "../../src/engine/policy/validate.generated";

const schema = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../policy/policy.schema.json"), "utf8"));

/** A policy with `value` at one string place; the places cover every string definition. */
const PLACES: Readonly<Record<string, (value: string) => unknown>> = {
  "support[0].email": (value) => ({ support: [{ name: { "en-US": "IT" }, email: value }] }),
  "support[0].url": (value) => ({ support: [{ name: { "en-US": "IT" }, url: value }] }),
  "support[0].phone": (value) => ({ support: [{ name: { "en-US": "IT" }, phone: value }] }),
  "cloudShare.url": (value) => ({ cloudShare: { url: value } }),
  "internalDomains[0]": (value) => ({ internalDomains: [value] }),
  "blockedExtensions.add[0]": (value) => ({ blockedExtensions: { add: [value] } }),
  "sensitiveWords[0]": (value) => ({ sensitiveWords: [value] }),
  $schema: (value) => ({ $schema: value }),
};

/**
 * Strings that make a backtracking pattern retry from every split point: long runs of what the
 * pattern allows, then a character that makes the whole match fail at the very end.
 */
const HOSTILE: Readonly<Record<string, (n: number) => string>> = {
  "a@ then a.a.a… then a space": (n) => `a@${"a.".repeat(n / 2)} `,
  "a@ then a.a.a… then @": (n) => `a@${"a.".repeat(n / 2)}@`,
  "a.a.a… then @ and !": (n) => `${"a.".repeat(n / 2)}a@b!`,
  "https://a then a.a.a… then a space and more": (n) => `https://${"a.".repeat(n / 2)} x`,
  "https://a/ then //… then a control character": (n) => `https://a/${"/".repeat(n)}\u0000`,
  "aaaa… then a NUL": (n) => `${"a".repeat(n)}\u0000`,
  "a-a-a-… then -": (n) => `${"a-".repeat(n / 2)}-`,
  "blanks then nothing": (n) => " ".repeat(n),
};

const SMALL = 32 * 1024;
/**
 * Linear work grows ~8× from SMALL to 8 × SMALL; quadratic work 64×. A wide gap, so that a busy
 * 2-core machine (caches, other processes) cannot push linear work over the bound.
 */
const GROWTH = 8;
const MAX_RATIO = 24;

function cpuMicros(run: () => void, times: number): number {
  const before = process.cpuUsage();
  for (let i = 0; i < times; i++) run();
  const used = process.cpuUsage(before);
  return used.user + used.system;
}

/** How often to repeat a run so that it takes a few milliseconds: one fast run is all noise. */
function repetitions(run: () => void): number {
  let times = 1;
  while (cpuMicros(run, times) < 5_000 && times < 1 << 16) times *= 2;
  return times;
}

describe("validating hostile policy values takes linear time", () => {
  const cases = Object.entries(PLACES).flatMap(([place, policy]) => Object.entries(HOSTILE).map(([shape, make]) => [place, shape, policy, make] as const));

  it.each(cases)("%s: %s", (_place, _shape, policy, make) => {
    // Built once, outside the timing: only the validation is measured.
    const run = (input: unknown) => (): void => expect(validate(input)).toBe(false);
    const [smallRun, largeRun] = [run(policy(make(SMALL))), run(policy(make(SMALL * GROWTH)))];
    largeRun(); // warms up, and flattens the large string as the small one is in `repetitions`
    const times = repetitions(smallRun);
    // Each side's fastest of three runs: one pause for garbage collection would skew the ratio.
    const fastest = (side: () => void): number => Math.min(cpuMicros(side, times), cpuMicros(side, times), cpuMicros(side, times));
    const small = Math.max(1, fastest(smallRun));
    const large = fastest(largeRun);
    expect(large / small).toBeLessThan(MAX_RATIO);
  }, 30_000);

  it("says a 128 KB support address is too long, not that it took 13 s to find it malformed", () => {
    const errors = resolvePolicy(PLACES["support[0].email"](`a@${"a.".repeat(64 * 1024)} `)).errors;
    expect(errors).toEqual([expect.objectContaining({ path: "support[0].email", code: "maxLength", params: { limit: 254 } })]);
  });
});

/** Every `"type": "string"` in the schema, with the path to it. */
function stringSchemas(node: unknown, at: string, out: [string, Record<string, unknown>][] = []): [string, Record<string, unknown>][] {
  if (Array.isArray(node)) node.forEach((item, i) => stringSchemas(item, `${at}[${i}]`, out));
  else if (typeof node === "object" && node !== null) {
    const record = node as Record<string, unknown>;
    const types = Array.isArray(record.type) ? record.type : [record.type];
    if (types.includes("string") && !("if" in record)) out.push([at, record]);
    // An "if" only tells the branches apart by type; the branch it picks has the cap.
    for (const [key, value] of Object.entries(record)) if (key !== "if") stringSchemas(value, `${at}.${key}`, out);
  }
  return out;
}

describe("every string and list in the schema has a cap", () => {
  it.each(stringSchemas(schema, "schema"))("%s has maxLength or a fixed list of values", (_at, node) => {
    expect("maxLength" in node || "enum" in node).toBe(true);
  });

  it.each([
    ["internalDomains", { internalDomains: Array.from({ length: 10_001 }, (_, i) => `d${i}.example.cn`) }, 10_000],
    ["sensitiveWords", { sensitiveWords: Array.from({ length: 10_001 }, (_, i) => `w${i}`) }, 10_000],
    ["support", { support: Array.from({ length: 21 }, () => ({ name: { "en-US": "IT" } })) }, 20],
  ])("%s says how many entries it may have", (field, policy, limit) => {
    expect(resolvePolicy(policy).errors).toEqual([expect.objectContaining({ path: field, code: "maxItems", params: { limit } })]);
  });

  it("caps how large an archive is read, so no policy turns the memory bound off", () => {
    expect(resolvePolicy({ archiveScanMaxBytes: 52_428_800 }).errors).toEqual([]);
    expect(resolvePolicy({ archiveScanMaxBytes: 1e9 }).errors).toEqual([
      expect.objectContaining({ path: "archiveScanMaxBytes", code: "maximum", params: { limit: 52_428_800 } }),
    ]);
  });

  it("says how long a text may be, in each language", () => {
    const [error] = resolvePolicy({ sensitiveWords: ["x".repeat(501)] }).errors;
    expect(error).toMatchObject({ path: "sensitiveWords[0]", code: "maxLength", message: "must be at most 500 characters long" });
  });
});

describe("support addresses carry the address and nothing else", () => {
  const email = (value: string): readonly unknown[] => resolvePolicy(PLACES["support[0].email"](value)).errors;
  const url = (value: string): readonly unknown[] => resolvePolicy(PLACES["support[0].url"](value)).errors;

  it.each(["javascript:alert(1)@x.y", "it@example.cn?cc=boss@example.cn&body=hi", "it@example.cn?cc=boss&body=hi", "it@example.cn&subject=x", "it@example.cn#x", "it%40x@example.cn", "<it@example.cn>", "it@example.cn\n", "it@exa mple.cn", "it@\u202eexample.cn"])(
    "refuses %j as an e-mail address",
    (value) => {
      expect(email(value)).toEqual([expect.objectContaining({ path: "support[0].email", code: "email" })]);
    },
  );

  it.each(["it@example.cn", "IT.Desk+cn@mail.example.com.cn", "help_desk-01@example.xn--fiqs8s", "it@xn--fiqs8s.cn"])("accepts %j", (value) => {
    expect(email(value)).toEqual([]);
  });

  it.each(["https://help.example.cn/\u0000", "https://help.example.cn/a\u0007b", "https://help.example.cn/\u202etxt.exe", "https://help.example.cn/\u200b", "https://help.example.cn/\u007f", "https://help.example.cn/\u0085", "https://it@help.example.cn/", "https://help.example.cn\\@evil.cn/", 'https://help.example.cn/"onclick'])(
    "refuses %j as a web address",
    (value) => {
      expect(url(value)).toEqual([expect.objectContaining({ path: "support[0].url", code: "httpsUrl" })]);
    },
  );

  it.each(["https://help.example.cn/", "https://help.example.cn:8443/a/b?x=1&y=2#top", "https://帮助.例子.cn/页面"])("accepts %j", (value) => {
    expect(url(value)).toEqual([]);
  });
});
