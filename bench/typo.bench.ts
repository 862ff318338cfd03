/**
 * Section 2: recipient-domain-typo against mailcheck, the library sign-up forms use for "did you
 * mean gmail.com?", on the same typo set and the same domain list.
 *
 * Ours: the rule itself through runRules, one message per address, with the internal domains in
 * the policy. mailcheck: `suggest` with everything the rule knows as `domains` (providers, other
 * real mail domains, internal domains) and their second- and top-level parts, split the way
 * mailcheck splits them, so neither side knows a domain the other does not.
 */
import Mailcheck from "mailcheck";
import { DEFAULT_POLICY } from "../src/engine/policy/defaults";
import { runRules } from "../src/engine/run";
import type { MessageSnapshot } from "../src/engine/snapshot";
import rule from "../src/rules/recipient-domain-typo";
import { KNOWN_DOMAINS } from "../src/text/addresses/domains";
import fs from "node:fs";
import { corporaPresent, emlFiles } from "./corpus";
import { compare, fmt } from "./measure";
import { heading, missed, out, table, type BenchOptions } from "./report";
import { buildTypoSet, INTERNAL_DOMAINS, NEGATIVES, TYPO_KINDS, type TypoCase } from "./typo-set";
import { buildSlipSet, SLIP_KINDS, type SlipCase } from "./typo-slip-set";

const POLICY = { ...DEFAULT_POLICY, internalDomains: [...INTERNAL_DOMAINS] };

const MC_DOMAINS = [...new Set([...KNOWN_DOMAINS, ...INTERNAL_DOMAINS])];
const MC_SECOND = [...new Set(MC_DOMAINS.map((d) => d.split(".")[0]))];
const MC_TOP = [...new Set(MC_DOMAINS.map((d) => d.split(".").slice(1).join(".")))];

type Suggest = (address: string) => string | undefined;

const ours: Suggest = (address) => {
  const message: MessageSnapshot = {
    recipients: [{ address, displayName: "", field: "to" }],
    subject: "Report",
    body: { text: "" },
    attachments: [],
    flags: {},
  };
  const finding = runRules(message, POLICY, [rule]).findings[0];
  return finding ? String(finding.data.suggestion) : undefined;
};

const mailcheck: Suggest = (address) => {
  const result = Mailcheck.suggest(address, MC_DOMAINS, MC_SECOND, MC_TOP);
  return result ? result.domain : undefined;
};

/** mailcheck as sign-up forms ship it: its own default lists. */
const mailcheckDefaults: Suggest = (address) => {
  const result = Mailcheck.suggest(address, Mailcheck.defaultDomains, Mailcheck.defaultSecondLevelDomains, Mailcheck.defaultTopLevelDomains);
  return result ? result.domain : undefined;
};

/** The rule with the default policy: no company domains, nothing but what it ships with. */
const oursDefault: Suggest = (address) => {
  const message: MessageSnapshot = { recipients: [{ address, displayName: "", field: "to" }], subject: "Report", body: { text: "" }, attachments: [], flags: {} };
  const finding = runRules(message, DEFAULT_POLICY, [rule]).findings[0];
  return finding ? String(finding.data.suggestion) : undefined;
};

interface Score {
  right: number;
  wrong: number;
  missed: number;
  examples: string[];
}

function score(cases: readonly Pick<TypoCase, "typed" | "meant">[], suggest: Suggest): Score {
  const s: Score = { right: 0, wrong: 0, missed: 0, examples: [] };
  for (const c of cases) {
    const got = suggest(`zhang.wei@${c.typed}`);
    if (c.meant === undefined) {
      if (got !== undefined) {
        s.wrong += 1;
        s.examples.push(`${c.typed} → ${got}`);
      }
    } else if (got === c.meant) s.right += 1;
    else if (got === undefined) s.missed += 1;
    else {
      s.wrong += 1;
      s.examples.push(`${c.typed} → ${got} (meant ${c.meant})`);
    }
  }
  return s;
}

export async function main(options: BenchOptions): Promise<void> {
  heading("Typo suggestions: recipient-domain-typo vs mailcheck 1.1.1");
  const typos = buildTypoSet();
  const negatives: TypoCase[] = NEGATIVES.map((typed) => ({ typed, kind: "real domain" }));
  const rows: string[][] = [];
  const totals = { ours: score(typos, ours), mailcheck: score(typos, mailcheck) };
  for (const kind of TYPO_KINDS) {
    const set = typos.filter((c) => c.kind === kind);
    const [a, b] = [score(set, ours), score(set, mailcheck)];
    rows.push([kind, String(set.length), `${a.right}`, `${a.wrong}`, `${a.missed}`, `${b.right}`, `${b.wrong}`, `${b.missed}`]);
  }
  const [a, b] = [totals.ours, totals.mailcheck];
  rows.push(["**all typos**", String(typos.length), `**${a.right}**`, `**${a.wrong}**`, `${a.missed}`, `**${b.right}**`, `**${b.wrong}**`, `${b.missed}`]);
  const realOurs = score(negatives, ours);
  const realTheirs = score(negatives, mailcheck);
  rows.push(["real domains (must stay)", String(negatives.length), "—", `**${realOurs.wrong}** changed`, "—", "—", `**${realTheirs.wrong}** changed`, "—"]);
  table(["cases", "n", "ours right", "ours wrong", "ours missed", "mailcheck right", "mailcheck wrong", "mailcheck missed"], rows);

  const addresses = [...typos, ...negatives].map((c) => `zhang.wei@${c.typed}`);
  const { subject, baseline } = compare(
    () => addresses.forEach(ours),
    () => addresses.forEach(mailcheck),
    options.quick ? 5 : 31,
  );
  out();
  out(
    `Time per address: ours ${fmt(subject / addresses.length)} (the whole rule through runRules, one message per address), ` +
      `mailcheck ${fmt(baseline / addresses.length)}; ours / mailcheck ${(subject / baseline).toFixed(2)}×.`,
  );
  out(
    `Typos: ${typos.length} from ${INTERNAL_DOMAINS.length} internal and the built-in provider domains (bench/typo-set.ts), each with its source as the one nearest known real domain. ` +
      `Domain list given to both: ${MC_DOMAINS.length} domains.`,
  );
  const examples = (name: string, s: Score): string => (s.examples.length ? `${name}: ${s.examples.slice(0, 8).join(", ")}${s.examples.length > 8 ? ", …" : ""}` : `${name}: none`);
  out(`\nReal domains changed — ${examples("ours", realOurs)}; ${examples("mailcheck", realTheirs)}.`);
  out(`Wrong suggestions on typos — ${examples("ours", a)}; ${examples("mailcheck", b)}.`);

  independent();

  if (a.right <= b.right) missed(`typo suggestions: more right than mailcheck (${a.right} vs ${b.right})`, "the rule's distance limits on short names (≤ 5 characters: one edit; ≤ 4: neighbouring keys only)");
  if (realOurs.wrong > 0) missed(`typo suggestions: zero real domains changed (${realOurs.wrong} changed)`, realOurs.examples.join(", "));
}

/** The slip set no list of the rule's shaped (bench/typo-slip-set.ts), beside mailcheck with its own lists. */
function independent(): void {
  const set = buildSlipSet();
  const typos = set.filter((c) => c.meant !== undefined);
  const clean = set.filter((c) => c.meant === undefined);
  out();
  out("Independent slips (bench/typo-slip-set.ts: a keyboard-slip model with a fixed seed over email-providers' common.json in its own order and invented names under Public Suffix List suffixes; ours with the default policy, mailcheck with its default lists):");
  out();
  const rows: string[][] = [];
  const row = (name: string, cases: readonly SlipCase[]): void => {
    const [a, b] = [score(cases, oursDefault), score(cases, mailcheckDefaults)];
    rows.push([name, String(cases.length), `${a.right}`, `${a.wrong}`, `${a.missed}`, `${b.right}`, `${b.wrong}`, `${b.missed}`]);
  };
  for (const kind of SLIP_KINDS) row(kind, typos.filter((c) => c.kind === kind));
  row("**all slips**", typos);
  const [ours, theirs] = [score(clean, oursDefault), score(clean, mailcheckDefaults)];
  rows.push(["clean (must stay)", String(clean.length), "—", `**${ours.wrong}** false`, "—", "—", `**${theirs.wrong}** false`, "—"]);
  table(["cases", "n", "ours right", "ours wrong", "ours none", "mailcheck right", "mailcheck wrong", "mailcheck none"], rows);
  const all = score(typos, oursDefault);
  const examples = (list: readonly string[]): string => (list.length ? `${list.slice(0, 8).join(", ")}${list.length > 8 ? ", …" : ""}` : "none");
  out();
  out(`Ours — false suggestions on clean: ${examples(ours.examples)}; wrong on slips: ${examples(all.examples)}.`);
  if (ours.wrong > 0) missed(`typo suggestions: no false suggestion on clean domains (${ours.wrong})`, ours.examples.join(", "));
  normalMailDomains();
  if (all.wrong > all.right / 20) missed(`typo suggestions: wrong ≤ 5% of right on independent slips (${all.wrong} vs ${all.right})`, examples(all.examples));
}

/**
 * Real domains from the headers of normal English mail (SpamAssassin's easy and hard ham): what a
 * user actually writes to. Every suggestion on them is a false one (or a typo the sender made,
 * which the table's examples let a reader judge).
 */
function normalMailDomains(): void {
  if (!corporaPresent()) return;
  const domains = new Set<string>();
  for (const dir of ["spamassassin-dev/easy-ham", "spamassassin-dev/hard-ham"]) {
    for (const file of emlFiles(dir)) {
      const head = fs.readFileSync(file, "latin1").split(/\r?\n\r?\n/)[0];
      for (const m of head.matchAll(/[\w.+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) domains.add(m[1].toLowerCase());
    }
  }
  const cases = [...domains].map((typed) => ({ typed }));
  const [ours, theirs] = [score(cases, oursDefault), score(cases, mailcheckDefaults)];
  const examples = (list: readonly string[]): string => (list.length ? `${list.slice(0, 8).join(", ")}${list.length > 8 ? ", …" : ""}` : "none");
  out();
  out(
    `Domains in the headers of normal English mail (SpamAssassin easy and hard ham, ${cases.length} distinct): ours suggests a change for ${ours.wrong} (${examples(ours.examples)}), ` +
      `mailcheck for ${theirs.wrong} (${examples(theirs.examples)}).`,
  );
}
