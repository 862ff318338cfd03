/**
 * The development corpora beside the checkout (../shared/corpora, never copied into the
 * project). A test that needs them fails, never skips, when they are missing.
 */
import fs from "node:fs";
import path from "node:path";

export const CORPORA = path.resolve(__dirname, "../../../shared/corpora");

/** The message files of one corpus folder, sorted; throws when the folder is missing or empty. */
export function corpusFiles(relative: string): string[] {
  const dir = path.join(CORPORA, relative);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new Error(
      `Corpus folder missing: ${dir}. The development corpora must sit beside the checkout in ../shared/corpora ` +
        "(see its README); this test never skips.",
    );
  }
  const files = fs.readdirSync(dir).filter((f) => !f.startsWith(".")).sort();
  if (files.length === 0) throw new Error(`Corpus folder is empty: ${dir}`);
  return files.map((f) => path.join(dir, f));
}
