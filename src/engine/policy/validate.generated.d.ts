/**
 * Types for the standalone validator that policy/generate-validator.cjs writes from
 * policy/policy.schema.json (hand-written: ajv emits plain JavaScript).
 */
import type { PolicyFile } from "./types";

/** One ajv error object, the fields we read. */
export interface SchemaError {
  /** JSON pointer to the failing value, "" for the whole file. */
  readonly instancePath: string;
  /** JSON pointer into the schema, e.g. "#/definitions/httpsUrl/pattern". */
  readonly schemaPath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message?: string;
  /** Set on errors about an object key itself (propertyNames). */
  readonly propertyName?: string;
}

interface PolicyValidator {
  (data: unknown): data is PolicyFile;
  /** Errors of the last call; null when it passed. */
  errors?: readonly SchemaError[] | null;
}

declare const validate: PolicyValidator;
export default validate;

/** The schema the validator was compiled from, without descriptions (see policy-errors.ts). */
export declare const schema: Readonly<Record<string, unknown>>;
