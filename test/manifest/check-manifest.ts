/**
 * Offline checks for manifest.xml: what Microsoft's online validator would reject plus what only
 * this project knows (base URL, icon files on disk, the handler's registered name, translations).
 * Returns problems as sentences; an empty list means the manifest is fine.
 */
import { checkIcons, checkUrls } from "./check-assets";
import { checkLaunchEvents } from "./check-launch-event";
import { checkLocalisation, checkResourceReferences } from "./check-resources";
import { checkIdentity, checkStructure } from "./check-structure";
import { parseXml } from "./xml-util";

export interface CheckManifestOptions {
  /** The prefix every URL must start with, e.g. "https://localhost:3000/". */
  baseUrl: string;
  /** Folder the /assets/ URLs map to (the repository's assets/). */
  assetsDir: string;
  /** Source of the Smart Alerts handler, searched for Office.actions.associate calls. */
  handlerSource: string;
}

export function checkManifest(xmlText: string, opts: CheckManifestOptions): string[] {
  const { doc, errors } = parseXml(xmlText);
  if (errors.length > 0 || !doc?.documentElement) {
    return errors.length > 0 ? errors : ["The manifest is empty: it has no root element."];
  }
  const root = doc.documentElement;
  const problems: string[] = [];
  checkIdentity(root, problems);
  if (root.localName !== "OfficeApp") return problems;
  checkStructure(root, problems);
  checkResourceReferences(root, problems);
  checkLocalisation(root, problems);
  checkUrls(root, opts.baseUrl, problems);
  checkIcons(root, opts, problems);
  checkLaunchEvents(root, opts.handlerSource, problems);
  return problems;
}

export { readPngHeader, type PngHeader } from "./png-header";
export { associatedNames } from "./check-launch-event";
