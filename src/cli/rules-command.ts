/** `mail-preflight rules`: every rule with its category, default severity and what it checks. */
import type { Locale } from "../engine/rule";
import { RULES } from "../rules";
import type { Format } from "./results";
import { EXIT_OK } from "./results";
import type { CliIO } from "./io";
import { TEXT } from "./locale";
import { displayWidth as columnWidth } from "./output-text";

export function listRules(format: Format, locale: Locale, io: CliIO): number {
  const rows = RULES.map(({ meta }) => ({
    id: meta.id,
    category: meta.category,
    defaultSeverity: meta.defaultSeverity,
    description: meta.description[locale],
    hasSuggestions: meta.hasSuggestions,
  }));
  if (format === "json") {
    io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    return EXIT_OK;
  }
  const header = TEXT.rulesHeader[locale].split("\t");
  const table = [header, ...rows.map((r) => [r.id, r.category, r.defaultSeverity, r.description])];
  // Pad the first three columns (the zh headers are wide characters); the description is last.
  const widths = [0, 1, 2].map((col) => Math.max(...table.map((row) => columnWidth(row[col]))));
  const lines = table.map((row) => row.map((cell, col) => (col < 3 ? pad(cell, widths[col]) : cell)).join("  "));
  io.stdout(`${lines.join("\n")}\n`);
  return EXIT_OK;
}

function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - columnWidth(text)));
}
