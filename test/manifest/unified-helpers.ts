/**
 * Shared inputs for the unified-manifest tests: the generator (CommonJS, as webpack loads it),
 * Microsoft's JSON schemas from @microsoft/app-manifest, and a small PNG reader for our icons.
 */
import { readFileSync } from "fs";
import { dirname, join } from "path";
import { inflateSync } from "zlib";
import Ajv, { type ValidateFunction } from "ajv-draft-04";

type Json = Record<string, unknown>;

export interface SourceModule {
  DEV_BASE_URL: string;
  VERSION: string;
  XML_ADDIN_ID: string;
  UNIFIED_APP_ID: string;
  PROVIDER: string;
  TEXT: Record<string, Record<string, string>>;
  HANDLER_LOCALES: Record<string, string>;
  MAILBOX: { base: string; commands: string; sendEvent: string };
  IDS: { tab: string; group: string; button: string; handler: string };
  ICONS: { ribbon: number[]; store: { icon: number; highResolution: number }; color: string; outline: string };
  SEND_MODES: string[];
  sendModeFromPolicy(dir: string): string;
  xmlVersion(version?: string): string;
}

export interface UnifiedModule {
  MANIFEST_VERSION: string;
  PACKAGE_NAME: string;
  WELL_KNOWN: string;
  unifiedFiles(options: { baseUrl: string; sendMode: string }): Record<string, Json>;
  unifiedSendMode(mode: string): string;
  allowedScripts(baseUrl: string): { allowed: string[] };
  appPackage(files: Record<string, Json>, icons: Record<string, Uint8Array>): Uint8Array;
}

export interface BuildModule {
  renderXmlManifest(text: string, options: { baseUrl: string; sendMode: string }): string;
}

export interface IconsModule {
  ICONS: Record<string, { size: number; draw: () => Buffer }>;
}

export const REPO = join(__dirname, "..", "..");
export const SOURCE = require("../../addin-manifest/source.cjs") as SourceModule;
export const UNIFIED = require("../../addin-manifest/unified.cjs") as UnifiedModule;
export const BUILD = require("../../addin-manifest/build.cjs") as BuildModule;
export const ICON_SCRIPT = require("../../assets/make-manifest-icons.cjs") as IconsModule;

const SCHEMAS = join(dirname(require.resolve("@microsoft/app-manifest")), "json-schemas", "teams", `v${UNIFIED.MANIFEST_VERSION}`);

function compile(file: string): ValidateFunction {
  // Microsoft's patterns are written for plain RegExp ("\\b]" is a syntax error with the u flag).
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  // The schemas use format "uri" for "$schema" only; a parseable absolute URL is what it means.
  ajv.addFormat("uri", (value: string) => URL.canParse(value));
  return ajv.compile(JSON.parse(readFileSync(join(SCHEMAS, file), "utf8")));
}

export const validateManifest = compile("MicrosoftTeams.schema.json");
export const validateLocalization = compile("MicrosoftTeams.Localization.schema.json");

/** Schema errors as "path message" lines, so a failing test says what is wrong. */
export function schemaErrors(validate: ValidateFunction, data: unknown): string[] {
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`);
}

/** Follows a localization key such as "extensions[0].runtimes[1].code.script" into the manifest. */
export function resolveKey(manifest: unknown, key: string): unknown {
  let node: unknown = manifest;
  for (const part of key.split(".")) {
    const m = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part);
    if (!m || node === null || typeof node !== "object") return undefined;
    node = (node as Json)[m[1]];
    for (const index of m[2].match(/\d+/g) ?? []) node = Array.isArray(node) ? node[Number(index)] : undefined;
  }
  return node;
}

/** RGBA pixels of a PNG written with filter 0 on every row (as make-manifest-icons.cjs writes). */
export function decodeOwnPng(bytes: Buffer): { size: number; rgba: Buffer } {
  const size = bytes.readUInt32BE(16);
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    if (bytes.toString("latin1", at + 4, at + 8) === "IDAT") idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(idat));
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    const filter = rows[y * (size * 4 + 1)];
    if (filter !== 0) throw new Error(`row ${y} uses PNG filter ${filter}; only 0 is expected here`);
    rows.copy(rgba, y * size * 4, y * (size * 4 + 1) + 1, (y + 1) * (size * 4 + 1));
  }
  return { size, rgba };
}
