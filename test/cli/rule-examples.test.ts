/**
 * Each rule's example message (from its doc page, test/helpers/rule-examples.ts) through the whole
 * command (`mail-preflight check --format json`): each triggers its rule, so every rule is shown
 * to work on real MIME, not only on snapshots. Examples lower size and count limits in their
 * policy, as an admin would tune them, so the messages stay small; DNS is a fake resolver.
 */
import { RULES } from "../../src/rules";
import { runCli } from "../../src/cli/program";
import { buildZip } from "../archive/build-zip";
import { BASE_POLICY, exampleEml, ruleExample, type RuleExample } from "../helpers/rule-examples";
import { memoryIO } from "./memory-io";

/** DNS-over-HTTPS answers: every domain has a mail server, except where the example says. */
function dnsFor(example: Pick<RuleExample, "dns">): (url: string) => unknown {
  return (url) => {
    const name = new URL(url).searchParams.get("name") ?? "";
    return { Status: 0, Answer: [{ name, type: 15, data: example.dns[name] ?? `10 mx.${name}.` }] };
  };
}

const EXAMPLES = RULES.map((rule) => [rule.meta.id, ruleExample(rule.meta.id)] as const);

describe("each rule's example through mail-preflight check", () => {
  it("has an example in every rule's doc page", () => {
    expect(EXAMPLES.filter(([, example]) => example === undefined).map(([id]) => id)).toEqual([]);
  });

  it.each(EXAMPLES)("%s fires on its example", async (ruleId, example) => {
    if (!example) throw new Error(`docs/rules/${ruleId}.md has no mail-preflight-example block`);
    const io = memoryIO({ "policy.json": JSON.stringify(example.policy), "m.eml": exampleEml(example.message) }, { web: dnsFor(example) });
    const code = await runCli(["check", "--format", "json", "--policy", "policy.json", "m.eml"], io);
    expect(code).not.toBe(2);
    const [result] = JSON.parse(io.out()).results;
    expect(result.error).toBeUndefined();
    expect(result.findings.map((f: { ruleId: string }) => f.ruleId)).toContain(ruleId);
  });

  it("blocks a zip bomb: a tiny nested archive that declares gigabytes", async () => {
    const inner = buildZip([{ name: "zeros.bin", data: new Uint8Array(16), size: 0xfffffff0, compressedSize: 16 }]);
    const bomb = buildZip([{ name: "inner.zip", data: inner }]);
    const io = memoryIO({ "m.eml": exampleEml({ attachments: [{ name: "bomb.zip", bytes: bomb }] }) });
    expect(await runCli(["check", "--format", "json", "m.eml"], io)).toBe(1);
    const finding = JSON.parse(io.out()).results[0].findings.find((f: { ruleId: string }) => f.ruleId === "attachment-archive-blocked-content");
    expect(finding.messageId).toBe("bomb");
    expect(finding.message).toMatch(/zip bomb/);
  });

  it("passes the plain message the examples start from, with every rule on", async () => {
    const policy = { ...BASE_POLICY, rules: { "recipient-domain-unreachable": "warn" } };
    const io = memoryIO({ "policy.json": JSON.stringify(policy), "m.eml": exampleEml({}) }, { web: dnsFor({ dns: {} }) });
    expect(await runCli(["check", "--format", "json", "--policy", "policy.json", "m.eml"], io)).toBe(0);
    expect(JSON.parse(io.out()).results[0].findings).toEqual([]);
  });
});
