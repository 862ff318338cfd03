/**
 * Turns the validator's errors into messages an admin can act on: the field as it is written
 * (`rules["attachment-large"].severity`, `support[0].email`) and what it must be. The schema the
 * generator embeds tells which definition a value follows and which fields an object knows.
 */
import type { SchemaError } from "./validate.generated";
import type { Locale } from "../rule";
import { policyErrorPlace, policyErrorText, policyMessage, type PolicyMessageCode, type PolicyMessageParams } from "./messages";

export { policyErrorText };

export interface PolicyError {
  /** The field, e.g. `enforcement.sendMode`, `support[0].name`, `rules["x"]`; "" = the whole file. */
  readonly path: string;
  /** What is wrong, worded in any language by policyErrorText(). */
  readonly code: PolicyMessageCode;
  readonly params: PolicyMessageParams;
  /** The same in English, e.g. `must be one of "SoftBlock", "PromptUser"`. */
  readonly message: string;
  /** 1-based, when the policy came as text (parsePolicyText). */
  readonly line?: number;
  readonly column?: number;
}

/** A PolicyError with its path as JSON keys (indices as strings), to find the field in the text. */
export interface LocatablePolicyError extends PolicyError {
  readonly segments: readonly string[];
}

type Schema = Readonly<Record<string, unknown>>;

/** The schema's own value types, by definition name: each has a message of its own. */
const DEFINITION_CODES: ReadonlySet<string> = new Set<PolicyMessageCode>(["domain", "extension", "text", "email", "byteSize", "httpsUrl"]);

/** A PolicyError for `code`, with its English message. */
export function policyError(path: string, code: PolicyMessageCode, params: PolicyMessageParams = {}): PolicyError {
  return { path, code, params, message: policyMessage(code, params, "en-US") };
}


function isSchema(value: unknown): value is Schema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function own(object: Schema, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

interface Located {
  readonly schema: Schema;
  /** The definition the value follows, when it came through a $ref. */
  readonly definition?: string;
}

function deref(root: Schema, schema: Schema): Located {
  const ref = schema.$ref;
  if (typeof ref !== "string" || !ref.startsWith("#/definitions/")) return { schema };
  const definition = ref.slice("#/definitions/".length);
  const target = own(isSchema(root.definitions) ? root.definitions : {}, definition);
  return isSchema(target) ? { schema: target, definition } : { schema };
}

/** The schema, its conditional branches and its allOf parts: a child may be declared in any. */
function branches(root: Schema, schema: Schema, depth = 0): Schema[] {
  const out = [schema, schema.then, schema.else].filter(isSchema);
  // Bounded: a $ref cycle in a broken schema must not loop.
  if (Array.isArray(schema.allOf) && depth < 8) {
    for (const part of schema.allOf) if (isSchema(part)) out.push(...branches(root, deref(root, part).schema, depth + 1));
  }
  return out;
}

/** The schema describing the value at `segments`, following properties, items and $refs. */
function schemaAt(root: Schema, segments: readonly string[]): Located | undefined {
  let here: Located = deref(root, root);
  for (const segment of segments) {
    let next: Located | undefined;
    for (const candidate of branches(root, here.schema).map((s) => deref(root, s).schema)) {
      const properties = isSchema(candidate.properties) ? candidate.properties : {};
      const child = own(properties, segment) ?? candidate.items ?? candidate.additionalProperties;
      if (!isSchema(child)) continue;
      const found = deref(root, child);
      // Where two parts declare the child (a rule's setting, then its own options), the closed
      // declaration is the one that knows the allowed fields.
      if (!next || (found.schema.additionalProperties === false && next.schema.additionalProperties !== false)) next = found;
    }
    if (!next) return undefined;
    here = next;
  }
  return here;
}

/** Field names a closed object allows. */
function fieldsOf(root: Schema, located: Located | undefined): string[] {
  if (!located) return [];
  for (const candidate of branches(root, located.schema).map((s) => deref(root, s).schema)) {
    if (candidate.additionalProperties === false && isSchema(candidate.properties)) return Object.keys(candidate.properties);
  }
  return [];
}

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

function unknownField(name: string, known: readonly string[]): [PolicyMessageCode, PolicyMessageParams] {
  const folded = name.toLowerCase();
  const near = known
    .map((field) => ({ field, d: distance(folded, field.toLowerCase()) }))
    .filter(({ field, d }) => d <= Math.max(2, Math.floor(field.length / 4)));
  const best = Math.min(...near.map(({ d }) => d));
  const guesses = near.filter(({ d }) => d === best).map(({ field }) => JSON.stringify(field));
  if (guesses.length > 0) return ["unknownFieldGuess", { guesses }];
  return known.length > 0 ? ["unknownFieldKnown", { fields: known }] : ["unknownField", {}];
}

function quoteList(values: unknown): string[] {
  return Array.isArray(values) ? values.map((v) => JSON.stringify(v)) : [String(values)];
}

/** JSON pointer ("/rules/attachment-large") → keys. */
function segmentsOf(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** Keys → the path as written in JavaScript-like notation, reading `data` to tell list indices. */
export function formatPath(segments: readonly string[], data: unknown): string {
  let out = "";
  let here: unknown = data;
  for (const segment of segments) {
    if (Array.isArray(here)) out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
    here = isSchema(here) || Array.isArray(here) ? (here as Record<string, unknown>)[segment] : undefined;
  }
  return out;
}

function valueAt(data: unknown, segments: readonly string[]): unknown {
  let here = data;
  for (const segment of segments) here = typeof here === "object" && here !== null ? (here as Record<string, unknown>)[segment] : undefined;
  return here;
}

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return "array";
  if (value === null) return "null";
  return typeof value === "number" && Number.isInteger(value) ? "integer" : typeof value;
}

/**
 * A value that is one thing or another (a URL, or a URL per language) is described by the
 * branch its type picks: `if: {type}` then one definition, else another.
 */
function branchFor(root: Schema, located: Located | undefined, value: unknown): Located | undefined {
  const test = located?.schema.if;
  if (!located || !isSchema(test) || typeof test.type !== "string") return located;
  const type = jsonType(value);
  const matches = test.type === type || (test.type === "number" && type === "integer");
  const branch = matches ? located.schema.then : located.schema.else;
  return isSchema(branch) ? deref(root, branch) : located;
}

function describeError(error: SchemaError, data: unknown, root: Schema): LocatablePolicyError | undefined {
  const at = segmentsOf(error.instancePath);
  const make = (segments: readonly string[], code: PolicyMessageCode, params: PolicyMessageParams = {}): LocatablePolicyError => ({
    ...policyError(formatPath(segments, data), code, params),
    segments,
  });
  const p = error.params;
  switch (error.keyword) {
    case "if": // always comes with the error of the branch that failed
      return undefined;
    case "additionalProperties": {
      const name = String(p.additionalProperty);
      return make([...at, name], ...unknownField(name, fieldsOf(root, schemaAt(root, at))));
    }
    case "propertyNames":
      return make([...at, String(p.propertyName)], "badRuleId");
    case "required":
      return make([...at, String(p.missingProperty)], "required");
    case "minProperties":
      return make(at, "minProperties", { fields: fieldsOf(root, schemaAt(root, at)) });
  }
  if (error.propertyName !== undefined) return undefined; // detail of a propertyNames error
  // Said as such, not as the definition's format: the value may be well-formed, only too long.
  if (error.keyword === "maxLength" || error.keyword === "maxItems") return make(at, error.keyword, { limit: Number(p.limit) });
  const located = branchFor(root, schemaAt(root, at), valueAt(data, at));
  const definition = located?.definition;
  if (definition !== undefined && DEFINITION_CODES.has(definition)) return make(at, definition as PolicyMessageCode);
  switch (error.keyword) {
    case "enum":
      return make(at, "oneOf", { values: quoteList(p.allowedValues) });
    case "type": {
      // A value with a fixed list of choices is best described by the list.
      if (located && Array.isArray(located.schema.enum)) return make(at, "oneOf", { values: quoteList(located.schema.enum) });
      const types = Array.isArray(p.type) ? p.type : [p.type];
      return make(at, "type", { types: types.map(String) });
    }
    case "minimum":
      return make(at, "minimum", { limit: Number(p.limit) });
    case "maximum":
      return make(at, "maximum", { limit: Number(p.limit) });
    case "exclusiveMinimum":
      return make(at, "exclusiveMinimum", { limit: Number(p.limit) });
    default:
      return make(at, "schema", { text: error.message ?? `fails "${error.keyword}"` });
  }
}

/** The validator's errors as PolicyErrors, one per field and problem, in the validator's order. */
export function toPolicyErrors(errors: readonly SchemaError[], data: unknown, schema: Schema): LocatablePolicyError[] {
  const seen = new Set<string>();
  const out: LocatablePolicyError[] = [];
  const typed = new Set<string>();
  // A value over its length cap is said to be too long, and only that: its format does not matter yet.
  const tooLong = new Set(errors.filter((e) => e.keyword === "maxLength").map((e) => e.instancePath));
  for (const error of errors) {
    if (error.keyword === "pattern" && tooLong.has(error.instancePath)) continue;
    // A value of neither allowed type fails the union and then its else branch: say it once.
    if (error.keyword === "type") {
      if (typed.has(error.instancePath)) continue;
      typed.add(error.instancePath);
    }
    const described = describeError(error, data, schema);
    if (!described) continue;
    const key = `${described.path}\n${described.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(described);
  }
  return out;
}

/** One line per error, for the CLI, in `locale` (English by default). */
export function formatPolicyErrors(errors: readonly PolicyError[], locale: Locale = "en-US"): string {
  // In file order, as an editor shows them; errors without a line keep their place at the end.
  const byLine = errors.map((e, i) => ({ e, i })).sort((a, b) => (a.e.line ?? Infinity) - (b.e.line ?? Infinity) || a.i - b.i);
  return byLine.map(({ e }) => policyErrorPlace(e, locale) + policyErrorText(e, locale)).join("\n");
}
