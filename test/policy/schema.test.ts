/**
 * The schema, the generated validator and the example policy stay in step: the committed
 * validator is what the generator makes from the committed schema, it accepts exactly what ajv
 * accepts for the full schema, and the example admins copy is valid.
 */
import fs from "node:fs";
import path from "node:path";
import Ajv from "ajv";
import fc from "fast-check";
import { parsePolicyText, PRESETS } from "../../src/engine/policy/resolve";
import { PRESET_NAMES } from "../../src/engine/policy/types";
import validate from "../../src/engine/policy/validate.generated";
import { RULES } from "../../src/rules";

const ROOT = path.resolve(__dirname, "../..");
interface Generator {
  generate(schema: unknown): string;
  readSchema(): any; // a JSON Schema, walked freely by the tests
  rulesSchema(rules: typeof RULES): unknown;
  json(value: unknown): string;
  OUTPUT_FILE: string;
  RULES_SCHEMA_FILE: string;
}
const generator = require("../../policy/generate-validator.cjs") as Generator;
/** policy.schema.json with its rules section inlined, as the validator is made from it. */
const schema = generator.readSchema();

describe("the rules section of the schema", () => {
  it("is what npm run generate makes from the rules' meta (run it after adding a rule or an option)", () => {
    expect(fs.readFileSync(generator.RULES_SCHEMA_FILE, "utf8")).toBe(generator.json(generator.rulesSchema(RULES)));
  });

  it("lists every rule, with its default severity and, for a rule with options, each option and its default", () => {
    const section = generator.rulesSchema(RULES) as { properties: Record<string, { description: string; allOf?: unknown[] }> };
    expect(Object.keys(section.properties)).toEqual(RULES.map((r) => r.meta.id));
    for (const rule of RULES) {
      const entry = section.properties[rule.meta.id];
      expect(entry.description).toContain(`Default: ${rule.meta.defaultSeverity}.`);
      const options = Object.keys(rule.meta.optionsSchema ?? {});
      expect(Boolean(entry.allOf)).toBe(options.length > 0);
      for (const name of options) expect(JSON.stringify(entry)).toContain(`Default: ${JSON.stringify((rule.meta.defaultOptions as Record<string, unknown>)[name])}.`);
    }
  });

  it("gives every option a rule reads a schema, and no schema to an option the rule lacks", () => {
    for (const rule of RULES) {
      expect(Object.keys(rule.meta.optionsSchema ?? {}).sort()).toEqual(Object.keys(rule.meta.defaultOptions as object).sort());
    }
  });

  it("is referenced from policy.schema.json, whose own refs it uses", () => {
    const file = JSON.parse(fs.readFileSync(path.join(ROOT, "policy/policy.schema.json"), "utf8"));
    expect(file.properties.rules).toEqual({ $ref: "rules.generated.json" });
    const refs = [...fs.readFileSync(generator.RULES_SCHEMA_FILE, "utf8").matchAll(/"\$ref": "policy\.schema\.json#\/definitions\/([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(0);
    for (const name of refs) expect(file.definitions[name]).toBeDefined();
  });
});

describe("the generated validator", () => {
  it("is what policy/generate-validator.cjs makes from the schema (run it after editing the schema)", () => {
    expect(fs.readFileSync(generator.OUTPUT_FILE, "utf8")).toBe(generator.generate(generator.readSchema()));
  });

  it("compiles nothing at run time and needs no other module", () => {
    const code = fs.readFileSync(generator.OUTPUT_FILE, "utf8");
    expect(code).not.toMatch(/\brequire\(|\beval\(|\bnew Function\b|\bimport\b/);
  });

  const full = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
  const severity = fc.constantFrom("off", "info", "warn", "block", "error");
  const policyLike = fc.record(
    {
      extends: fc.oneof(fc.constantFrom(...PRESET_NAMES, "gmial"), fc.array(fc.constantFrom(...PRESET_NAMES))),
      internalDomains: fc.array(fc.constantFrom("example.cn", "Example.cn", "a-b.example", "x")),
      limits: fc.dictionary(fc.constantFrom("messageMaxBytes", "maxRecipients", "maxrecipients"), fc.oneof(fc.integer(), fc.double(), fc.string())),
      rules: fc.dictionary(
        fc.constantFrom("subject-empty", "attachment-large", "my-rule", "Bad_Id", "constructor"),
        fc.oneof(severity, fc.record({ severity, options: fc.oneof(fc.object(), fc.constant([])) }, { requiredKeys: [] })),
      ),
      cloudShare: fc.record(
        { url: fc.constantFrom("https://pan.example.cn/", "http://pan.example.cn/", "https://"), name: fc.dictionary(fc.constantFrom("zh-CN", "en-US", "fr"), fc.string()) },
        { requiredKeys: [] },
      ),
      enforcement: fc.record({ deadlineMs: fc.integer({ min: 0, max: 20000 }), sendMode: fc.constantFrom("SoftBlock", "Block") }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  );

  it("accepts exactly what ajv accepts for the full schema", () => {
    fc.assert(
      fc.property(fc.oneof(policyLike, fc.anything()), (value) => {
        expect(validate(value)).toBe(full(value));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("policy/policy.json, the example admins copy", () => {
  const text = fs.readFileSync(path.join(ROOT, "policy/policy.json"), "utf8");

  it("is valid and names its schema", () => {
    const { policy, errors } = parsePolicyText(text);
    expect(errors).toEqual([]);
    expect(JSON.parse(text).$schema).toBe("./policy.schema.json");
    expect(policy.presets).toEqual(["exchange-online"]);
    expect(policy.internalDomains).toEqual(["example.cn"]);
    expect(policy.support).toHaveLength(1);
  });
});

describe("the schema", () => {
  it("accepts every preset", () => {
    for (const preset of Object.values(PRESETS)) expect(full(preset)).toBe(true);
  });

  const full = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);

  /** Every subschema with the JSON pointer it sits at. */
  function subschemas(node: any, at = "#"): [string, any][] {
    if (typeof node !== "object" || node === null) return [];
    const out: [string, any][] = [[at, node]];
    for (const key of ["items", "additionalProperties", "propertyNames", "if", "then", "else"]) out.push(...subschemas(node[key], `${at}/${key}`));
    for (const key of ["properties", "definitions"]) {
      for (const [name, sub] of Object.entries(node[key] ?? {})) out.push(...subschemas(sub, `${at}/${key}/${name}`));
    }
    return out;
  }

  it("describes every field, for editor completion", () => {
    const undocumented = subschemas(schema)
      .filter(([at]) => /\/properties\/[^/]+$/.test(at))
      .filter(([, node]) => typeof node.description !== "string" || node.description.length < 10)
      .map(([at]) => at);
    expect(undocumented).toEqual([]);
  });

  it("closes every object, so a misspelt field is an error", () => {
    const open = subschemas(schema)
      .filter(([, node]) => node.properties !== undefined && node.additionalProperties === undefined)
      .map(([at]) => at);
    expect(open).toEqual([]);
  });

  it("lists every rule in src/rules for completion", () => {
    const ids = fs
      .readdirSync(path.join(ROOT, "src/rules"))
      .filter((name) => name.endsWith(".ts") && name !== "index.ts")
      .map((name) => name.replace(/\.ts$/, ""));
    const listed = Object.keys(schema.properties.rules.properties);
    expect(ids.filter((id) => !listed.includes(id))).toEqual([]);
    expect(listed.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it.each(RULES.map((rule) => [rule.meta.id, rule] as const))("declares exactly the options of %s, and accepts its defaults", (id, rule) => {
    const entry = schema.properties.rules.properties[id];
    const declared =
      entry.$ref === "#/definitions/ruleSettingWithoutOptions" ? {} : entry.allOf[1].then.properties.options.properties;
    expect(Object.keys(declared).sort()).toEqual(Object.keys(rule.meta.defaultOptions as object).sort());
    expect(validate({ rules: { [id]: { severity: "warn", options: rule.meta.defaultOptions } } })).toBe(true);
  });
});
