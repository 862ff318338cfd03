/**
 * URL and icon checks. Centralized Deployment accepts HTTPS only, the build rewrites exactly the
 * base URL prefix (so any other host would ship unchanged), and Outlook shows icons at the size
 * the manifest names without resampling them well: the PNG must have exactly that size.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import type { Element } from "@xmldom/xmldom";
import { readPngHeader } from "./png-header";
import { resourcesOf } from "./check-resources";
import { childElements, descendants, describe, firstChild, nearestAncestor, parentElement, xsiType } from "./xml-util";

const URL_ELEMENTS = new Set(["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"]);
const URL_RESOURCE_GROUPS = new Set(["Urls", "Images"]);
const LOOKS_LIKE_URL = /^[a-z][a-z0-9+.-]*:/i;
/** Sizes fixed by the manifest schema and Centralized Deployment guidance. */
const ROOT_ICON_SIZES: Record<string, number> = { IconUrl: 64, HighResolutionIconUrl: 128 };
const ASSETS_PREFIX = "assets/";

interface UrlUse {
  where: string;
  value: string;
}

function carriesUrl(el: Element): boolean {
  const parent = parentElement(el);
  return URL_ELEMENTS.has(el.localName ?? "") || (parent !== undefined && URL_RESOURCE_GROUPS.has(parent.localName ?? ""));
}

/** " (in VersionOverridesV1_1)": V1_0 and V1_1 repeat the same resources, so say which copy. */
function scope(el: Element): string {
  const overrides = nearestAncestor(el, "VersionOverrides");
  return overrides ? ` (in ${xsiType(overrides)})` : "";
}

/** DefaultValue of URL elements and resources, plus every Override Value that is a URL. */
function collectUrls(root: Element): UrlUse[] {
  const out: UrlUse[] = [];
  const walk = (el: Element): void => {
    const value = el.getAttribute("DefaultValue");
    if (value !== null && carriesUrl(el)) out.push({ where: `${describe(el)}${scope(el)} DefaultValue`, value });
    if (el.localName === "Override" && el.hasAttribute("Value")) {
      const parent = parentElement(el);
      const overrideValue = el.getAttribute("Value") ?? "";
      if ((parent && carriesUrl(parent)) || LOOKS_LIKE_URL.test(overrideValue)) {
        const locale = el.getAttribute("Locale") ?? "?";
        out.push({ where: `the ${locale} Override of ${parent ? describe(parent) : "an element"}${scope(el)}`, value: overrideValue });
      }
    }
    childElements(el).forEach(walk);
  };
  walk(root);
  return out;
}

export function checkUrls(root: Element, baseUrl: string, problems: string[]): void {
  for (const { where, value } of collectUrls(root)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      problems.push(`${where} is "${value}", which is not an absolute URL.`);
      continue;
    }
    if (url.protocol !== "https:") {
      problems.push(`${where} is "${value}", which does not use https; Outlook loads add-in files over HTTPS only.`);
    }
    if (!value.startsWith(baseUrl)) {
      problems.push(`${where} is "${value}", which does not start with the base URL ${baseUrl}; the build only rewrites that prefix.`);
    }
  }
}

interface IconUse {
  url: string;
  size: number;
  why: string;
}

function iconUses(root: Element, problems: string[]): IconUse[] {
  const uses: IconUse[] = [];
  for (const [name, size] of Object.entries(ROOT_ICON_SIZES)) {
    const el = firstChild(root, name);
    if (!el) continue;
    const urls = [el.getAttribute("DefaultValue") ?? "", ...childElements(el, "Override").map((o) => o.getAttribute("Value") ?? "")];
    for (const url of urls) {
      uses.push({ url, size, why: `<${name}>` });
    }
  }
  for (const overrides of descendants(root, "VersionOverrides")) {
    const refs = descendants(overrides, "Image").filter(
      (img) => img.hasAttribute("size") && nearestAncestor(img, "VersionOverrides") === overrides,
    );
    for (const resource of resourcesOf(overrides).values()) {
      if (resource.kind !== "Images") continue;
      const urls = [resource.el.getAttribute("DefaultValue") ?? "", ...childElements(resource.el, "Override").map((o) => o.getAttribute("Value") ?? "")];
      const sizes = [...new Set(refs.filter((r) => r.getAttribute("resid") === resource.id).map((r) => Number(r.getAttribute("size"))))];
      const why = `image resource "${resource.id}"`;
      if (sizes.length > 1) {
        problems.push(`Image resource "${resource.id}" is used at sizes ${sizes.join(" and ")}; give each size its own file.`);
      }
      // The store icons are IconUrl/HighResolutionIconUrl, not resources: an image no <Icon>
      // uses is dead weight that reviewers take for a real size requirement.
      if (sizes.length === 0) {
        problems.push(`Image resource "${resource.id}" in ${describe(overrides)} is declared but no <Icon> uses it; remove it.`);
        continue;
      }
      for (const url of urls) uses.push({ url, size: sizes[0], why });
    }
  }
  return uses;
}

/** Maps https://host/assets/icon-16.png to <assetsDir>/icon-16.png; undefined when not under assets/. */
function assetFile(url: string, baseUrl: string): string | undefined {
  const prefix = baseUrl + ASSETS_PREFIX;
  if (!url.startsWith(prefix)) return undefined;
  const relative = url.slice(prefix.length).split(/[?#]/)[0];
  if (relative === "" || relative.split("/").includes("..")) return undefined;
  return relative;
}

export function checkIcons(root: Element, opts: { baseUrl: string; assetsDir: string }, problems: string[]): void {
  const seen = new Set<string>();
  for (const { url, size, why } of iconUses(root, problems)) {
    const key = `${url} ${size}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // URLs outside the base URL are already reported by checkUrls; nothing local to compare with.
    if (!url.startsWith(opts.baseUrl)) continue;
    const relative = assetFile(url, opts.baseUrl);
    if (relative === undefined) {
      problems.push(`The icon of ${why} is "${url}", which is not a file under ${opts.baseUrl}${ASSETS_PREFIX}.`);
      continue;
    }
    const file = join(opts.assetsDir, relative);
    const shown = `${ASSETS_PREFIX}${relative}`;
    if (!existsSync(file)) {
      problems.push(`The icon file ${shown} used by ${why} does not exist.`);
      continue;
    }
    const header = readPngHeader(readFileSync(file));
    if (!header) {
      problems.push(`The icon file ${shown} used by ${why} is not a PNG image.`);
    } else if (header.width !== size || header.height !== size) {
      problems.push(`The icon file ${shown} is ${header.width}x${header.height} pixels, but ${why} needs ${size}x${size}.`);
    }
  }
}
