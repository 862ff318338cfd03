/** Shared inputs for the manifest tests: the real files, and string edits that must apply. */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import type { CheckManifestOptions } from "./check-manifest";

export const REPO = join(__dirname, "..", "..");
export const MANIFEST = readFileSync(join(REPO, "manifest.xml"), "utf8");
export const ASSETS_DIR = join(REPO, "assets");
const HANDLER_FILE = join(REPO, "src", "launchevent", "launchevent.ts");
/** The lead's handler when present; otherwise the one line this checker cares about. */
export const HANDLER_SOURCE = existsSync(HANDLER_FILE)
  ? readFileSync(HANDLER_FILE, "utf8")
  : `Office.actions.associate("onMessageSendHandler", onMessageSendHandler);`;

export const OPTIONS: CheckManifestOptions = {
  baseUrl: "https://localhost:3000/",
  assetsDir: ASSETS_DIR,
  handlerSource: HANDLER_SOURCE,
};

/**
 * Replaces text in the manifest. Throws when the text is absent, so a broken-copy test can never
 * pass just because the real manifest changed and the edit silently did nothing.
 */
export function edit(from: string, to: string, options: { all?: boolean; last?: boolean } = {}, text = MANIFEST): string {
  const at = options.last ? text.lastIndexOf(from) : text.indexOf(from);
  if (at < 0) throw new Error(`Test edit failed: manifest.xml does not contain ${JSON.stringify(from)}`);
  if (options.all) return text.split(from).join(to);
  return text.slice(0, at) + to + text.slice(at + from.length);
}
