/** Message lookup and placeholder filling, shared by the pane, the handler and the CLI. */
import type { Locale, LocalizedText, MessageData } from "./rule";
import { shownValue } from "../engine/shown";

// `{name}`, or `{count:file|files}` for a number with its English noun: "1 file", "3 files".
const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)(?::([^{}|]*)\|([^{}]*))?\}/g;

/**
 * Fills `{name}` placeholders, joining a list with `separator` and choosing a noun's singular or
 * plural form for `{name:one|other}`; an unknown placeholder stays visible rather than vanishing.
 * Every string value goes through shownValue: this is the one place all three outputs fill in
 * what a message carried, so a bidi override or a 10,000-character name is tamed here for all.
 */
export function formatText(template: string, data: MessageData = {}, separator = ", "): string {
  return template.replace(PLACEHOLDER, (whole, name: string, one?: string, other?: string) => {
    if (!Object.prototype.hasOwnProperty.call(data, name)) return whole;
    const value = data[name];
    if (typeof value === "object") return value.map(shownValue).join(separator);
    if (typeof value === "string") return shownValue(value);
    return one === undefined ? String(value) : `${value} ${value === 1 ? one : other}`;
  });
}

/** How a list of names or words is written: Chinese uses the enumeration comma 、. */
export function listSeparator(locale: Locale): string {
  return locale === "en-US" ? ", " : "、";
}

export function localize(text: LocalizedText, locale: Locale, data?: MessageData): string {
  // A handler bundle keeps one language only (webpack.config.js): never show "undefined".
  // Object.keys, not Object.values (ES2017): the handler runs where only ES2016 exists.
  const template = text[locale] ?? text["en-US"] ?? text[Object.keys(text)[0] as Locale] ?? "";
  return formatText(template, data, listSeparator(locale));
}

/** The placeholder names a template uses, sorted: used to prove all locales agree. */
export function placeholdersOf(template: string): string[] {
  const names = new Set<string>();
  for (const match of template.matchAll(PLACEHOLDER)) names.add(match[1]);
  return [...names].sort();
}

/** Maps any BCP-47 tag Outlook reports to one of ours: zh-HK and zh-MO read Traditional. */
export function pickLocale(tag: string | undefined): Locale {
  const lower = (tag ?? "").toLowerCase();
  if (/^zh-(tw|hk|mo)|^zh-hant/.test(lower)) return "zh-TW";
  if (lower.startsWith("zh")) return "zh-CN";
  return "en-US";
}
