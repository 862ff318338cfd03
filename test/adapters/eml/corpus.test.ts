/**
 * The adapter over every file of the shared corpora (../shared/corpora beside the checkout):
 * no crash, refusals only with the adapter's own messages, and Chinese mail that declares no
 * charset comes out as Chinese. Runs in the "slow" jest project.
 */
import fs from "node:fs";
import path from "node:path";
import { parseEml, type EmlResult } from "../../../src/adapters/eml";
import { listZip } from "../../../src/archive/zip";
import { DEFAULT_POLICY } from "../../../src/engine/policy/defaults";
import { INTERNAL_ERROR_ID, runRules } from "../../../src/engine/run";
import { RULES } from "../../../src/rules";
import { findNotChecked } from "../../../src/check/not-checked";

const REPO_ROOT = path.resolve(__dirname, "../../..");
const CORPORA = path.resolve(REPO_ROOT, "../shared/corpora");
const CJK = /[\u3400-\u9fff]/;
const KNOWN_REFUSALS = [/^empty file$/, /^not a MIME message: /, /^looks like a binary file /, /^file is .* over the .* limit$/, /^could not parse the message: /];

interface Outcome {
  readonly file: string;
  /** The Subject as sent, before any decoding. */
  readonly rawSubject: string | undefined;
  readonly result: EmlResult;
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** The raw Subject field (folds kept) from the top-level header, read as Latin-1. */
function rawSubject(raw: Buffer): string | undefined {
  const head = raw.subarray(0, 64 * 1024).toString("latin1");
  const end = head.search(/\r?\n\r?\n/);
  const match = /^subject:(.*(?:\r?\n[ \t].*)*)/im.exec(end < 0 ? head : head.slice(0, end));
  return match?.[1];
}

function share(part: number, whole: number): number {
  return whole ? part / whole : 1;
}

describe("eml adapter over the shared corpora", () => {
  const outcomes: Outcome[] = [];

  beforeAll(async () => {
    if (!fs.existsSync(CORPORA)) throw new Error("corpus folder ../shared/corpora is missing");
    for (const file of filesUnder(CORPORA)) {
      const raw = fs.readFileSync(file);
      // A rejected promise here is a crash: it fails beforeAll and with it every test below.
      const result = await parseEml(new Uint8Array(raw.buffer, raw.byteOffset, raw.length), { listArchive: (bytes) => listZip(bytes) });
      outcomes.push({ file: path.relative(CORPORA, file), rawSubject: rawSubject(raw), result });
    }
  }, 180_000);

  it("reads the whole corpus", () => {
    expect(outcomes.length).toBeGreaterThan(6000);
  });

  it("runs every rule on every parsed message without a rule failing", () => {
    const failures: string[] = [];
    for (const { file, result } of outcomes) {
      if (!result.ok) continue;
      const report = runRules(result.snapshot, DEFAULT_POLICY, RULES);
      for (const f of report.findings) if (f.ruleId === INTERNAL_ERROR_ID) failures.push(`${file}: ${String(f.data.rule)} ${String(f.data.error)}`);
      findNotChecked(result.snapshot); // must not throw either
    }
    expect(failures).toEqual([]);
  });

  it("parses 99% of the .eml files, and refuses the rest only with a clean message", () => {
    const refused = outcomes.filter((o) => !o.result.ok);
    for (const { file, result } of refused) {
      const error = result.ok ? "" : result.error;
      expect({ file, clean: KNOWN_REFUSALS.some((re) => re.test(error)) }).toEqual({ file, clean: true });
    }
    const eml = outcomes.filter((o) => o.file.endsWith(".eml"));
    const parsed = eml.filter((o) => o.result.ok);
    expect(share(parsed.length, eml.length)).toBeGreaterThanOrEqual(0.99);
    // The licence and README files are not messages.
    expect(outcomes.filter((o) => !o.file.endsWith(".eml")).every((o) => !o.result.ok)).toBe(true);
  });

  it("gives plain, serialisable snapshots with unique attachment ids", () => {
    for (const { file, result } of outcomes) {
      if (!result.ok) continue;
      const { snapshot } = result;
      const ids = snapshot.attachments.map((a) => a.id);
      const problems = [
        typeof snapshot.subject !== "string" && "subject",
        new Set(ids).size !== ids.length && "duplicate ids",
        snapshot.attachments.some((a) => !(a.size >= 0) || !a.name) && "attachment without name or size",
        snapshot.recipients.some((r) => typeof r.address !== "string") && "recipient address",
      ].filter(Boolean);
      expect({ file, problems }).toEqual({ file, problems: [] });
    }
    const sample = outcomes.filter((o) => o.result.ok).slice(0, 500);
    for (const { result } of sample) if (result.ok) expect(JSON.parse(JSON.stringify(result.snapshot))).toEqual(result.snapshot);
  });

  it("decodes ≥ 95% of trec06c ham subjects that carry 8-bit bytes or encoded words to Chinese", () => {
    const ham = outcomes.filter((o) => o.file.startsWith(`trec06c-dev${path.sep}ham`) && o.result.ok);
    const encoded = ham.filter((o) => o.rawSubject !== undefined && (/[\x80-\xff]/.test(o.rawSubject) || o.rawSubject.includes("=?")));
    const chinese = encoded.filter((o) => o.result.ok && CJK.test(o.result.snapshot.subject));
    expect(encoded.length).toBeGreaterThan(1000);
    expect(share(chinese.length, encoded.length)).toBeGreaterThanOrEqual(0.95);
  });

  it("decodes trec06c ham bodies (most declare no charset) to Chinese without replacement characters", () => {
    const ham = outcomes.filter((o) => o.file.startsWith(`trec06c-dev${path.sep}ham`));
    const texts = ham.map((o) => (o.result.ok ? `${o.result.snapshot.body.text ?? ""}${o.result.snapshot.body.html ?? ""}` : ""));
    expect(share(texts.filter((t) => CJK.test(t)).length, texts.length)).toBeGreaterThanOrEqual(0.95);
    expect(share(texts.filter((t) => !t.includes("\ufffd")).length, texts.length)).toBeGreaterThanOrEqual(0.99);
  });

  it("does not turn English mail into Chinese", () => {
    const easyHam = outcomes.filter((o) => o.file.startsWith(`spamassassin-dev${path.sep}easy-ham`));
    const turned = easyHam.filter((o) => o.result.ok && CJK.test(`${o.result.snapshot.subject}${o.result.snapshot.body.text ?? ""}`));
    expect(easyHam.length).toBeGreaterThan(1000);
    expect(share(turned.length, easyHam.length)).toBeLessThanOrEqual(0.01);
  });
});
