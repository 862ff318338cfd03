/**
 * No policy setting may silently do nothing. Every field of policy/policy.schema.json is listed
 * here with the code that reads it (not its type, default, merge or validator) and a test that
 * exercises it; a new field without both fails the first test.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";

const REPO = join(__dirname, "..", "..");
interface SchemaNode {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}
// With the rules section (policy/rules.generated.json, made from the rules' meta) inlined.
const SCHEMA = (require("../../policy/generate-validator.cjs") as { readSchema(): SchemaNode }).readSchema();

/**
 * Field paths of the schema: nested objects written inline are walked ("limits.maxRecipients",
 * "support[].hours"); a $ref'd value (a localised text, a URL) counts as one field.
 */
function schemaFields(node: SchemaNode, prefix = ""): string[] {
  if (node.$ref || !node.properties) {
    if (node.items?.properties && !node.items.$ref) return schemaFields(node.items, `${prefix}[]`);
    return [prefix];
  }
  return Object.entries(node.properties).flatMap(([key, child]) => schemaFields(child, prefix ? `${prefix}.${key}` : key));
}

const RULE_FIELD = /^rules\.(.+)$/;
/** Only an editor reads "$schema": it points editors at the schema for completion and checks. */
const EDITOR_ONLY = ["$schema"];

/** field → [file that reads it, how it reads it, test file that exercises it, how the test names it]. */
const READERS: Record<string, [string, RegExp, string, RegExp]> = {
  extends: ["src/engine/policy/resolve.ts", /file\.extends\b/, "test/policy/resolve.test.ts", /extends:/],
  internalDomains: ["src/rules/recipient-external.ts", /internalDomains/, "test/rules/recipient-external.test.ts", /internalDomains/],
  knownDomains: ["src/rules/recipient-domain-typo.ts", /knownDomains/, "test/rules/recipient-domain-typo.test.ts", /knownDomains/],
  "limits.shareLinkThresholdBytes": ["src/rules/attachment-large.ts", /shareLinkThresholdBytes/, "test/rules/attachment-large.test.ts", /shareLinkThresholdBytes/],
  "limits.attachmentMaxBytes": ["src/rules/attachment-too-large.ts", /attachmentMaxBytes/, "test/rules/attachment-too-large.test.ts", /attachmentMaxBytes/],
  "limits.messageMaxBytes": ["src/rules/message-too-large.ts", /messageMaxBytes/, "test/rules/message-too-large.test.ts", /messageMaxBytes/],
  "limits.maxRecipients": ["src/rules/recipient-too-many.ts", /maxRecipients/, "test/rules/recipient-too-many.test.ts", /limits/],
  // The rules hand policy.blockedExtensions to blockedExtensionSet, which reads both lists.
  "blockedExtensions.add": ["src/text/files/extensions.ts", /policy\.add\b/, "test/text/files/extensions.test.ts", /add: \[/],
  "blockedExtensions.remove": ["src/text/files/extensions.ts", /policy\.remove\b/, "test/text/files/extensions.test.ts", /remove: \[/],
  "keywords.threshold": ["src/rules/shared/content-score.ts", /threshold/, "test/rules/content-spam-keywords.test.ts", /threshold/],
  "keywords.subjectWeight": ["src/rules/shared/content-score.ts", /subjectWeight/, "test/rules/content-spam-keywords.test.ts", /subjectWeight/],
  "keywords.add[].term": ["src/rules/shared/content-score.ts", /\.term\b/, "test/rules/content-spam-keywords.test.ts", /add: \[\{ term:/],
  "keywords.add[].weight": ["src/rules/shared/content-score.ts", /\.weight\b/, "test/rules/content-spam-keywords.test.ts", /weight: \d/],
  "keywords.remove": ["src/rules/shared/content-score.ts", /\.remove\b/, "test/rules/content-spam-keywords.test.ts", /remove:/],
  sensitiveWords: ["src/rules/content-sensitive-words.ts", /sensitiveWords/, "test/rules/content-sensitive-words.test.ts", /sensitiveWords/],
  // Outlook reads SendMode from the manifest, so the build reads it into both manifests.
  "enforcement.sendMode": ["addin-manifest/source.cjs", /enforcement\.sendMode/, "test/manifest/source-agreement.test.ts", /sendModeFromPolicy/],
  "enforcement.blockOn": ["src/launchevent/send-check.ts", /blockOn/, "test/launchevent/send-check.test.ts", /blockOn/],
  "enforcement.promptOnWarn": ["src/launchevent/send-check.ts", /promptOnWarn/, "test/launchevent/send-check.test.ts", /promptOnWarn/],
  "enforcement.onError": ["src/launchevent/send-check.ts", /onError/, "test/launchevent/send-check.test.ts", /onError/],
  "enforcement.deadlineMs": ["src/launchevent/launchevent.ts", /deadlineMs/, "test/launchevent/handler.test.ts", /deadlineMs/],
  "cloudShare.name": ["src/rules/content-forgotten-attachment.ts", /cloudShare/, "test/taskpane/App.test.tsx", /cloudShare/],
  "cloudShare.url": ["src/taskpane/App.tsx", /cloudShare/, "test/taskpane/App.test.tsx", /cloudShare/],
  "cloudShare.expiryNote": ["src/taskpane/share-line.ts", /expiryNote/, "test/taskpane/share-line.test.ts", /expiryNote/],
  "support[].name": ["src/taskpane/components/HelpView.tsx", /contact\.name/, "test/taskpane/views.test.tsx", /support/],
  "support[].email": ["src/taskpane/components/HelpView.tsx", /contact\.email/, "test/taskpane/views.test.tsx", /email/],
  "support[].phone": ["src/taskpane/components/HelpView.tsx", /contact\.phone/, "test/taskpane/views.test.tsx", /phone/],
  "support[].url": ["src/taskpane/components/HelpView.tsx", /contact\.url/, "test/taskpane/views.test.tsx", /support/],
  "support[].hours": ["src/taskpane/components/HelpView.tsx", /contact\.hours/, "test/taskpane/views.test.tsx", /hours/],
  archiveScanMaxBytes: ["src/adapters/office/host.ts", /policy\.archiveScanMaxBytes/, "test/policy/effective.test.ts", /archiveScanMaxBytes/],
};

/** Files that only describe, default, merge or validate a field: reading there proves nothing. */
const NOT_A_READER = /engine\/policy\/(types|defaults|merge|errors|messages)\.ts$|\.generated\.|policy\.schema\.json$/;

const FIELDS = schemaFields(SCHEMA);
const RULE_IDS = FIELDS.map((f) => RULE_FIELD.exec(f)?.[1]).filter((id): id is string => id !== undefined);
const read = (file: string): string => readFileSync(join(REPO, file), "utf8");

describe("every policy field is read by some code path", () => {
  it("lists each schema field once: a new field needs a reader here", () => {
    const listed = [...Object.keys(READERS), ...EDITOR_ONLY, ...RULE_IDS.map((id) => `rules.${id}`)].sort();
    expect(listed).toEqual([...FIELDS].sort());
  });

  it.each(Object.entries(READERS))("%s is read in code and exercised by a test", (_field, [reader, reads, test, shown]) => {
    expect(NOT_A_READER.test(reader)).toBe(false);
    expect([reader, reads.test(read(reader))]).toEqual([reader, true]);
    expect([test, existsSync(join(REPO, test)) && shown.test(read(test))]).toEqual([test, true]);
  });

  it.each(RULE_IDS)("rules.%s names a rule the engine runs", (id) => {
    // The engine looks every rule's setting up by its id (ruleSetting in src/engine/policy/resolve.ts).
    expect(read(`src/rules/${id}.ts`)).toContain(`"${id}"`);
    expect(read("src/rules/index.ts")).toContain(`./${id}`);
  });

  it("walks nested fields, so a field added inside an object is caught too", () => {
    const fake: SchemaNode = { properties: { enforcement: { properties: { sendMode: {}, newThing: {} } }, support: { items: { properties: { name: { $ref: "#/x" } } } } } };
    expect(schemaFields(fake)).toEqual(["enforcement.sendMode", "enforcement.newThing", "support[].name"]);
  });
});
