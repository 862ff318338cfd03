/**
 * The words every layer shares: the languages we write in and the severities a finding can
 * have. Below both the rule contract and the policy types, which each need them, so neither
 * has to import the other's module for them.
 */
export const LOCALES = ["zh-CN", "zh-TW", "en-US"] as const;
export type Locale = (typeof LOCALES)[number];
/** One text in every supported locale; the same `{placeholders}` in each. */
export type LocalizedText = Readonly<Record<Locale, string>>;

export type Severity = "off" | "info" | "warn" | "block";
