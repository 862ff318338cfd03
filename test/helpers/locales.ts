/** The check every table of texts gets: each language written, with the same placeholders. */
import { placeholdersOf } from "../../src/engine/format";
import { LOCALES, type LocalizedText } from "../../src/engine/rule";

export function expectEveryLocale(text: LocalizedText): void {
  const expected = placeholdersOf(text["en-US"]);
  for (const locale of LOCALES) {
    expect(text[locale]?.trim()).toBeTruthy();
    expect(placeholdersOf(text[locale])).toEqual(expected);
  }
}
