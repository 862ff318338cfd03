/** The Send dialog with hostile names: the message and the "Review" line survive, nothing reverses. */
import { decide, MAX_ERROR_MESSAGE, type SendFeatures } from "../../src/launchevent/send-check";
import { DEFAULT_POLICY } from "../../src/engine/policy/defaults";
import { runRules } from "../../src/engine/run";
import { RULES } from "../../src/rules";
import { file, makeSnapshot, to } from "../helpers/snapshot";

const ALL: SendFeatures = { commands: true, markdown: true };
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

function dialogFor(snapshot: ReturnType<typeof makeSnapshot>) {
  const report = runRules(snapshot, DEFAULT_POLICY, RULES);
  return decide(report, DEFAULT_POLICY.enforcement, "en-US", ALL);
}

describe("Send dialog with hostile names", () => {
  it("keeps the message, the extension and the Review line for a 10,000-character attachment name", () => {
    const name = `${"A".repeat(10_000)}.exe`;
    const result = dialogFor(makeSnapshot({ attachments: [file(name, 1000)] }));
    expect(result.allowEvent).toBe(false);
    for (const text of [result.errorMessage ?? "", result.errorMessageMarkdown ?? ""]) {
      expect(Array.from(text).length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE);
      expect(text).toMatch(/AAA\.exe/);
      expect(text).toContain("Review");
    }
  });

  it("shows an address that starts with a right-to-left override as a tag, not reversed", () => {
    const result = dialogFor(makeSnapshot({ recipients: [to("\u202Emoc.elpmaxe@ecila", "to", "\u202Eecila")], attachments: [file("setup.exe", 10)] }));
    expect(result.allowEvent).toBe(false);
    expect(result.errorMessage).not.toMatch(BIDI);
    expect(result.errorMessageMarkdown).not.toMatch(BIDI);
  });
});
