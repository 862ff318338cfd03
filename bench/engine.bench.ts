/**
 * Engine benchmarks (DESIGN targets): a typical message, a 5 MB HTML body, 10,000 recipients.
 * "Typical" has an Outlook-written 20 KB HTML body (mostly markup, a few KB of text, a signature);
 * "dense" has 20 KB that is two-thirds visible text with a link every 140 bytes, the worst case
 * for the content rules at that size.
 * Baseline: one JSON round trip of the same snapshot, i.e. the cost of merely copying the message
 * once; the ratio says how many such copies a full check costs.
 */
import { runRules } from "../src/engine/run";
import { DEFAULT_POLICY } from "../src/engine/policy/defaults";
import { RULES } from "../src/rules";
import type { MessageSnapshot, Recipient } from "../src/engine/snapshot";
import { compare, fmt } from "./measure";
import { heading, missed, out, type BenchOptions } from "./report";
import { outlookHtml } from "./outlook-html";

export function recipients(n: number): Recipient[] {
  return Array.from({ length: n }, (_, i) => ({
    address: `user${i}@${["qq.com", "163.com", "gmail.com", "contoso.cn", "gmial.com"][i % 5]}`,
    displayName: `User ${i}`,
    field: (["to", "cc", "bcc"] as const)[i % 3],
  }));
}

export function denseHtml(bytes: number): string {
  const paragraph =
    '<p>请查收本季度的报告，详见 <a href="https://example.com/report">example.com/report</a>。' +
    "The quarterly numbers are attached; free shipping is not included.</p>\n";
  return `<html><body>${paragraph.repeat(Math.ceil(bytes / paragraph.length))}</body></html>`;
}

export function message(n: number, html: string): MessageSnapshot {
  return {
    recipients: recipients(n),
    subject: "季度报告 Quarterly report",
    body: { html },
    attachments: [
      { id: "a1", name: "report.pdf", size: 2_000_000, kind: "file", inline: false },
      { id: "a2", name: "data.xlsx", size: 500_000, kind: "file", inline: false },
      { id: "a3", name: "logo.png", size: 20_000, kind: "file", inline: true },
    ],
    flags: {},
  };
}

interface Case {
  name: string;
  snapshot: MessageSnapshot;
  runs: number;
  targetMs: number;
}

export async function main(options: BenchOptions): Promise<void> {
  const runs = (n: number): number => (options.quick ? Math.max(5, Math.ceil(n / 10)) : n);
  const cases: Case[] = [
    { name: "typical (10 recipients, 3 attachments, 20 KB Outlook HTML)", snapshot: message(10, outlookHtml(20_000)), runs: runs(300), targetMs: 1 },
    { name: "dense (as typical, but 20 KB of text and 140 links)", snapshot: message(10, denseHtml(20_000)), runs: runs(300), targetMs: 2 },
    { name: "5 MB HTML body", snapshot: message(3, denseHtml(5_000_000)), runs: runs(15), targetMs: 50 },
    { name: "10,000 recipients", snapshot: message(10_000, denseHtml(2_000)), runs: runs(30), targetMs: 100 },
  ];
  heading(`Engine (${RULES.length} rules): full check vs one JSON copy of the message`);
  out("| case | check (median) | baseline: JSON copy | ratio | target | met |");
  out("|---|---|---|---|---|---|");
  for (const c of cases) {
    const { subject, baseline } = compare(
      // A fresh body object each run: per-body caches must not turn later runs into look-ups.
      () => runRules({ ...c.snapshot, body: { ...c.snapshot.body } }, DEFAULT_POLICY, RULES),
      () => JSON.parse(JSON.stringify(c.snapshot)),
      c.runs,
    );
    const met = subject <= c.targetMs ? "yes" : "NO";
    if (met === "NO") missed(`engine, ${c.name}: ${fmt(subject)}, target ≤ ${c.targetMs} ms`, "machine speed (compare the ratio to the JSON copy)");
    out(`| ${c.name} | ${fmt(subject)} | ${fmt(baseline)} | ${(subject / baseline).toFixed(2)}× | ≤ ${c.targetMs} ms | ${met} |`);
  }
}
