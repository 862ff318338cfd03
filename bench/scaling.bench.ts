/**
 * Section 4: how the check grows with its input. Each case runs at 1× and 10× its size,
 * alternating, and reports both medians and time(10×)/time(1×): about 10 is linear, below 10
 * means fixed costs still dominate at 1×, well above 10 would point at quadratic work.
 */
import { zipSync, type Zippable } from "fflate";
import { listZip } from "../src/archive/zip";
import { DEFAULT_POLICY } from "../src/engine/policy/defaults";
import type { EffectivePolicy } from "../src/engine/policy/types";
import { runRules } from "../src/engine/run";
import type { Attachment, MessageSnapshot } from "../src/engine/snapshot";
import { RULES } from "../src/rules";
import archiveBlocked from "../src/rules/attachment-archive-blocked-content";
import archiveEncrypted from "../src/rules/attachment-archive-encrypted";
import { MAX_CONTENT_CHARS } from "../src/text/body/body";
import { SPAM_TERMS } from "../src/text/keywords/spam-terms";
import { denseHtml, message } from "./engine.bench";
import { compare, fmt } from "./measure";
import { outlookHtml } from "./outlook-html";
import { heading, missed, out, table, type BenchOptions } from "./report";

const SENSITIVE = Array.from({ length: 40 }, (_, i) => `项目代号${String.fromCharCode(0x7532 + i)}`).concat(["机密", "內部資料", "Project Falcon", "salary review"]);

/** Every keyword list the content rules read: built-in spam terms plus policy additions and sensitive words. */
const KEYWORD_POLICY: EffectivePolicy = {
  ...DEFAULT_POLICY,
  sensitiveWords: SENSITIVE,
  keywords: { ...DEFAULT_POLICY.keywords, add: [{ term: "清仓大甩卖", weight: 4 }, { term: "limited stock", weight: 3 }] },
};

/** Ordinary prose with each spam term, a sensitive word and an attachment mention worked in. */
function keywordText(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const term = SPAM_TERMS[i % SPAM_TERMS.length].term;
    let p = `第${i}段：本周例会纪要已整理，请各位查阅并反馈意见。${term}。The schedule for next week is unchanged. `;
    if (i % 3 === 0) p += `${SENSITIVE[i % SENSITIVE.length]}相关内容请勿外传。`;
    if (i % 10 === 0) p += "详见附件中的表格，see the attached sheet.";
    parts.push(`${p}\n`);
    size += Buffer.byteLength(p) + 1;
  }
  return parts.join("");
}

/** A zip of `n` entries (one in twenty a nested zip of five), as a user would attach it. */
function zipOf(n: number): Uint8Array {
  const text = new TextEncoder().encode("季度数据 quarterly data\n".repeat(40));
  const files: Zippable = {};
  for (let i = 0; i < n; i++) {
    if (i % 20 === 19) {
      const inner: Zippable = {};
      for (let j = 0; j < 5; j++) inner[`内层/文件${j}.txt`] = text;
      files[`资料/附件${i}.zip`] = zipSync(inner);
    } else {
      const ext = i % 25 === 0 ? "exe" : i % 40 === 1 ? "js" : "docx";
      files[`资料/第${i}章/报告${i}.${ext}`] = text;
    }
  }
  return zipSync(files, { level: 6 });
}

function withZip(bytes: Uint8Array): MessageSnapshot {
  const attachment: Attachment = { id: "z1", name: "资料.zip", size: bytes.length, kind: "file", inline: false, contentType: "application/zip", archive: listZip(bytes) };
  return { ...message(3, denseHtml(2_000)), attachments: [attachment] };
}

function typical(scale: number): MessageSnapshot {
  const base = message(10 * scale, outlookHtml(20_000 * scale));
  const attachments = Array.from({ length: scale }, (_, k) => base.attachments.map((a) => ({ ...a, id: `${a.id}-${k}`, name: `${k}-${a.name}` }))).flat();
  return { ...base, attachments };
}

interface Case {
  readonly name: string;
  readonly small: string;
  readonly large: string;
  readonly build: (scale: 1 | 10) => () => unknown;
  readonly runs: number;
  /** What would limit it, for the list of targets not met. */
  readonly limit: string;
}

/** A fresh body object per run, as in the engine section: per-body caches must not help. */
const check = (snapshot: MessageSnapshot, policy: EffectivePolicy = DEFAULT_POLICY) => () =>
  runRules({ ...snapshot, body: { ...snapshot.body } }, policy, RULES);

const HTML_LIMIT = "HTML analysis (src/text/body/html.ts, body.ts): it takes about 2.5× per doubling of the HTML between 20 KB and 320 KB";

const CASES: readonly Case[] = [
  { name: "typical message", small: "10 recipients, 3 attachments, 20 KB HTML", large: "100, 30, 200 KB", build: (s) => check(typical(s)), runs: 60, limit: HTML_LIMIT },
  { name: "HTML body below the text cap", small: "20 KB", large: "200 KB", build: (s) => check(message(3, denseHtml(20_000 * s))), runs: 31, limit: HTML_LIMIT },
  { name: "HTML body", small: "500 KB", large: "5 MB", build: (s) => check(message(3, denseHtml(500_000 * s))), runs: 11, limit: HTML_LIMIT },
  { name: "recipients", small: "1,000", large: "10,000", build: (s) => check({ ...message(1_000 * s, denseHtml(2_000)) }), runs: 21, limit: "the recipient rules" },
  {
    name: "zip: listZip + archive rules",
    small: "20 entries",
    large: "200 entries",
    build: (s) => {
      const bytes = zipOf(20 * s);
      return () => runRules(withZip(bytes), DEFAULT_POLICY, [archiveBlocked, archiveEncrypted]);
    },
    runs: 101,
    limit: "listZip and the archive rules (sub-millisecond at 1×, so machine noise weighs in)",
  },
  {
    name: "text with every keyword list (spam terms, policy terms, sensitive words)",
    small: "100 KB",
    large: "1 MB",
    build: (s) => check({ ...message(3, ""), body: { text: keywordText(100_000 * s) } }, KEYWORD_POLICY),
    runs: 15,
    limit: "the keyword matchers",
  },
];

export async function main(options: BenchOptions): Promise<void> {
  heading("Engine scaling: 1× vs 10× input");
  const rows: string[][] = [];
  for (const c of CASES) {
    const runs = options.quick ? Math.max(5, Math.ceil(c.runs / 5)) : c.runs;
    const { subject: large, baseline: small } = compare(c.build(10), c.build(1), runs);
    const growth = large / small;
    rows.push([c.name, c.small, fmt(small), c.large, fmt(large), `${growth.toFixed(1)}`]);
    if (growth > 15) missed(`about linear growth of "${c.name}": time(10×)/time(1×) = ${growth.toFixed(1)}`, c.limit);
  }
  table(["case", "1× input", "1× median", "10× input", "10× median", "time(10×)/time(1×)"], rows);
  out("\nEvery case runs all rules with the default policy, except the zip (listZip and the two archive rules) and the keyword text (its own policy).");
  out(
    `The content rules read at most ${MAX_CONTENT_CHARS / 1024} K characters of body text (MAX_CONTENT_CHARS in src/text/body/body.ts) and report the rest as not checked; ` +
      "past that, time stays flat, so the 500 KB → 5 MB and 100 KB → 1 MB rows show that cap rather than the scan speed. " +
      "The zip case lists the zip (one entry in twenty a nested zip of five) and runs the two archive rules.",
  );
}
