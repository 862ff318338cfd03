/**
 * Laying one validated PolicyFile over an EffectivePolicy. The rules, documented for admins in
 * docs and the schema's descriptions:
 * - objects (limits, enforcement, keywords, blockedExtensions, cloudShare) merge field by field;
 * - every list replaces the earlier list, including blockedExtensions.add/remove and
 *   keywords.add/remove: a policy says the whole list, so removing an entry is possible;
 * - rules merge per rule id; within one rule the later severity wins and options merge shallowly;
 * - a localized text replaces the earlier one; languages it leaves out borrow a given one.
 */
import type { LocalizedText, Locale, Severity } from "../rule";
import type { EffectivePolicy, PolicyFile, RuleSetting, SupportContact } from "./types";

/** Which given language stands in for a missing one: the other Chinese script first. */
const STAND_INS: Readonly<Record<Locale, readonly Locale[]>> = {
  "zh-CN": ["zh-CN", "zh-TW", "en-US"],
  "zh-TW": ["zh-TW", "zh-CN", "en-US"],
  "en-US": ["en-US", "zh-CN", "zh-TW"],
};

type PartialText = Partial<Record<Locale, string>>;

/** A complete LocalizedText from one with some languages, or undefined when it has none. */
export function fillLocales(text: PartialText | undefined): LocalizedText | undefined {
  if (!text) return undefined;
  const pick = (locale: Locale): string | undefined => STAND_INS[locale].map((l) => text[l]).find((t) => t !== undefined);
  const zhCN = pick("zh-CN");
  const zhTW = pick("zh-TW");
  const enUS = pick("en-US");
  if (zhCN === undefined || zhTW === undefined || enUS === undefined) return undefined;
  return { "zh-CN": zhCN, "zh-TW": zhTW, "en-US": enUS };
}

function sameEverywhere(text: string): LocalizedText {
  return { "zh-CN": text, "zh-TW": text, "en-US": text };
}

/** "EXE", ".exe", " .Exe " → "exe". */
export function normalizeExtension(extension: string): string {
  return extension.trim().toLowerCase().replace(/^\.+/, "");
}

/** The fields of `patch` that are set: an explicit `undefined` in a preset must not erase. */
function defined<T extends object>(patch: T | undefined): Partial<T> {
  const out: Partial<T> = {};
  if (!patch) return out;
  for (const key of Object.keys(patch) as (keyof T)[]) {
    if (patch[key] !== undefined) out[key] = patch[key];
  }
  return out;
}

function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** A rule's value in a file: a severity string, or {severity?, options?}. */
function asSetting(value: unknown): RuleSetting {
  if (typeof value === "string") return { severity: value as Severity };
  return typeof value === "object" && value !== null ? (value as RuleSetting) : {};
}

function mergeRules(
  base: Readonly<Record<string, RuleSetting>>,
  patch: Readonly<Record<string, unknown>> | undefined,
): Readonly<Record<string, RuleSetting>> {
  if (!patch) return base;
  const out: Record<string, RuleSetting> = { ...base };
  for (const id of Object.keys(patch)) {
    const earlier = own(base, id) ?? {};
    const later = asSetting(patch[id]);
    const severity = later.severity ?? earlier.severity;
    const options = earlier.options || later.options ? { ...earlier.options, ...later.options } : undefined;
    out[id] = { ...(severity ? { severity } : {}), ...(options ? { options } : {}) };
  }
  return out;
}

function contact(c: SupportContact): SupportContact | undefined {
  const name = fillLocales(c.name as PartialText);
  if (!name) return undefined;
  const hours = fillLocales(c.hours as PartialText | undefined);
  return { ...defined({ email: c.email, phone: c.phone, url: c.url }), name, ...(hours ? { hours } : {}) };
}

/** `file` laid over `base` (which is not changed). `file` must have passed validation. */
export function mergePolicy(base: EffectivePolicy, file: PolicyFile): EffectivePolicy {
  const share = file.cloudShare;
  const expiryNote = fillLocales(share?.expiryNote) ?? base.cloudShare.expiryNote;
  return {
    presets: base.presets,
    internalDomains: file.internalDomains ?? base.internalDomains,
    knownDomains: file.knownDomains ?? base.knownDomains,
    limits: { ...base.limits, ...defined(file.limits) },
    rules: mergeRules(base.rules, file.rules),
    blockedExtensions: {
      add: file.blockedExtensions?.add?.map(normalizeExtension) ?? base.blockedExtensions.add,
      remove: file.blockedExtensions?.remove?.map(normalizeExtension) ?? base.blockedExtensions.remove,
    },
    keywords: {
      ...base.keywords,
      ...defined({ threshold: file.keywords?.threshold, subjectWeight: file.keywords?.subjectWeight }),
      add: file.keywords?.add ?? base.keywords.add,
      remove: file.keywords?.remove ?? base.keywords.remove,
    },
    sensitiveWords: file.sensitiveWords ?? base.sensitiveWords,
    enforcement: { ...base.enforcement, ...defined(file.enforcement) },
    cloudShare: {
      name: fillLocales(share?.name) ?? base.cloudShare.name,
      url: typeof share?.url === "string" ? sameEverywhere(share.url) : (fillLocales(share?.url) ?? base.cloudShare.url),
      ...(expiryNote ? { expiryNote } : {}),
    },
    support: file.support?.map(contact).filter((c): c is SupportContact => c !== undefined) ?? base.support,
    archiveScanMaxBytes: file.archiveScanMaxBytes ?? base.archiveScanMaxBytes,
  };
}
