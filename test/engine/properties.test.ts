/**
 * Property tests: for any snapshot, however odd, runRules returns a report, returns the same one
 * twice, and no rule throws (a thrown rule shows up as an internal-error finding).
 */
import fc from "fast-check";
import { runRules, INTERNAL_ERROR_ID } from "../../src/engine/run";
import { DEFAULT_POLICY } from "../../src/engine/policy/defaults";
import { RULES } from "../../src/rules";
import type { MessageSnapshot } from "../../src/engine/snapshot";

// Strings with the characters that break naive code: NUL, lone surrogates, bidi controls,
// full-width punctuation, CJK, and plenty of "@" and ".".
const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({ unit: fc.constantFrom("\u0000", "\ud800", "\udc00", "\u202e", "＠", "。", "@", ".", "a", "中", " ", ".exe", "<", ">", "\""), maxLength: 30 }),
);

const recipient = fc.record({
  address: nasty,
  displayName: nasty,
  field: fc.constantFrom("to" as const, "cc" as const, "bcc" as const),
});

const archive = fc.record({
  format: fc.constant("zip" as const),
  entries: fc.array(fc.record({ path: nasty, size: fc.nat(), encrypted: fc.boolean() }), { maxLength: 5 }),
  truncated: fc.boolean(),
});

const attachment = fc.record(
  {
    id: fc.string({ maxLength: 8 }),
    name: nasty,
    size: fc.oneof(fc.nat(), fc.constant(0), fc.constant(Number.MAX_SAFE_INTEGER)),
    kind: fc.constantFrom("file" as const, "item" as const, "cloud" as const),
    inline: fc.boolean(),
    archive,
  },
  { requiredKeys: ["id", "name", "size", "kind", "inline"] },
);

const snapshot: fc.Arbitrary<MessageSnapshot> = fc.record({
  recipients: fc.array(recipient, { maxLength: 15 }),
  subject: nasty,
  body: fc.record({ html: nasty, text: nasty }, { requiredKeys: [] }),
  attachments: fc.array(attachment, { maxLength: 5 }),
  flags: fc.record({ attachmentsIncomplete: fc.boolean(), bodyTruncated: fc.boolean() }, { requiredKeys: [] }),
});

function stable(message: MessageSnapshot): string {
  const { findings, verdict } = runRules(message, DEFAULT_POLICY, RULES);
  return JSON.stringify({ findings, verdict });
}

describe("runRules on any input", () => {
  it("never throws, is deterministic, and no rule fails", () => {
    fc.assert(
      fc.property(snapshot, (message) => {
        const first = stable(message);
        expect(stable(message)).toBe(first);
        const report = runRules(message, DEFAULT_POLICY, RULES);
        expect(report.findings.filter((f) => f.ruleId === INTERNAL_ERROR_ID)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("copes with a 10 MB subject and body", () => {
    const big = "免费中奖 FREE!!! ".repeat(700_000);
    const report = runRules({ recipients: [], subject: big, body: { text: big, html: `<p>${big}</p>` }, attachments: [], flags: {} }, DEFAULT_POLICY, RULES);
    expect(report.findings.filter((f) => f.ruleId === INTERNAL_ERROR_ID)).toEqual([]);
  });

  it("copes with thousands of recipients", () => {
    const recipients = Array.from({ length: 5000 }, (_, i) => ({ address: `u${i % 4000}@example${i % 7}.com`, displayName: "", field: "to" as const }));
    const report = runRules({ recipients, subject: "x", body: {}, attachments: [], flags: {} }, DEFAULT_POLICY, RULES);
    expect(report.findings.filter((f) => f.ruleId === INTERNAL_ERROR_ID)).toEqual([]);
  });

  it("copes with empty values everywhere", () => {
    const report = runRules({ recipients: [], subject: "", body: {}, attachments: [], flags: {} }, DEFAULT_POLICY, RULES);
    expect(report.verdict).toBe("warn"); // only the missing subject
  });
});
