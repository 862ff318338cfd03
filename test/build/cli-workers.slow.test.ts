/**
 * The built `--jobs` worker (dist/check-worker.js) asks DNS itself when the policy turns
 * recipient-domain-unreachable on: each worker thread has its own resolver client, which the
 * in-process tests (test/cli/dns.test.ts) never start. Here the real built file runs in real
 * threads against a local resolver speaking DNS-over-HTTPS JSON.
 */
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { buildInto } from "./build-helpers";
import { startWorkers } from "../../src/cli/node-workers";
import { resolvePolicy } from "../../src/engine/policy/resolve";

let out = "";
let server: http.Server;
let resolverUrl = "";
const asked: string[] = [];

beforeAll(async () => {
  out = await buildInto({}, "production", (name) => name === "cli");
  server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const name = url.searchParams.get("name") ?? "";
    const type = url.searchParams.get("type") ?? "";
    asked.push(`${name} ${type}`);
    response.setHeader("content-type", "application/dns-json");
    // contoso.cn receives mail; gone.example does not exist.
    if (name === "contoso.cn" && type === "MX") response.end(JSON.stringify({ Status: 0, Answer: [{ name, type: 15, data: "10 mx.contoso.cn." }] }));
    else if (name === "contoso.cn") response.end(JSON.stringify({ Status: 0, Answer: [] }));
    else response.end(JSON.stringify({ Status: 3 }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  resolverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/resolve`;
}, 240_000);

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

const mail = (to: string): Uint8Array => new TextEncoder().encode(`From: li@contoso.cn\r\nTo: ${to}\r\nSubject: Plan\r\n\r\nHello\r\n`);

it("looks recipient domains up from the worker threads and reports the one that does not exist", async () => {
  const { policy, errors } = resolvePolicy({ rules: { "recipient-domain-unreachable": "warn" } });
  expect(errors).toEqual([]);
  const workers = startWorkers(2, { policy, dnsUrl: resolverUrl }, `${out}/check-worker.js`);
  try {
    const results = await Promise.all([
      workers.run({ name: "good.eml", kind: "eml", bytes: mail("wang@contoso.cn") }),
      workers.run({ name: "bad.eml", kind: "eml", bytes: mail("zhao@gone.example") }),
    ]);
    const rules = results.map((r) => ("report" in r ? r.report.findings.map((f) => f.ruleId) : [r.error]));
    expect(rules[0]).not.toContain("recipient-domain-unreachable");
    expect(rules[1]).toContain("recipient-domain-unreachable");
    expect(asked).toEqual(expect.arrayContaining(["contoso.cn MX", "gone.example MX"]));
  } finally {
    await workers.close();
  }
}, 60_000);
