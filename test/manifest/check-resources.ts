/**
 * Resource checks: every `resid` resolves inside its own <VersionOverrides> (a nested V1_1 block
 * replaces its parent's resources, it does not inherit them), points at the right kind of
 * resource, and every user-visible string has the zh-CN and zh-TW translations we promise.
 */
import type { Element } from "@xmldom/xmldom";
import { childElements, descendants, describe, firstChild, nearestAncestor } from "./xml-util";

export type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";
const KINDS: ResourceKind[] = ["Images", "Urls", "ShortStrings", "LongStrings"];

export interface Resource {
  id: string;
  kind: ResourceKind;
  el: Element;
}

export const REQUIRED_LOCALES = ["zh-CN", "zh-TW"];
/** Documented limit for resid / resource id values. */
const MAX_RESID_LENGTH = 32;
/** XSD ShortString / LongString maximum lengths. */
const MAX_LENGTH: Record<string, number> = { ShortStrings: 125, LongStrings: 250, DisplayName: 125, Description: 250 };

/** What each referencing element must point at; anything not listed may use any kind. */
const EXPECTED_KIND: Record<string, ResourceKind> = {
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  Runtime: "Urls",
  Override: "Urls",
};

/** The resources declared directly in one <VersionOverrides>, by id. */
export function resourcesOf(versionOverrides: Element, problems?: string[]): Map<string, Resource> {
  const byId = new Map<string, Resource>();
  const resources = firstChild(versionOverrides, "Resources");
  if (!resources) return byId;
  for (const kind of KINDS) {
    for (const group of childElements(resources, kind)) {
      for (const el of childElements(group)) {
        const id = el.getAttribute("id") ?? "";
        if (byId.has(id)) problems?.push(`Resource id "${id}" is declared twice in ${describe(versionOverrides)}.`);
        if (id.length > MAX_RESID_LENGTH) {
          problems?.push(`Resource id "${id}" is longer than ${MAX_RESID_LENGTH} characters.`);
        }
        byId.set(id, { id, kind, el });
      }
    }
  }
  return byId;
}

export function checkResourceReferences(root: Element, problems: string[]): void {
  const cache = new Map<Element, Map<string, Resource>>();
  for (const overrides of descendants(root, "VersionOverrides")) cache.set(overrides, resourcesOf(overrides, problems));
  const walk = (el: Element): void => {
    const resid = el.getAttribute("resid");
    if (resid !== null) checkOneReference(el, resid, cache, problems);
    childElements(el).forEach(walk);
  };
  walk(root);
}

function checkOneReference(el: Element, resid: string, cache: Map<Element, Map<string, Resource>>, problems: string[]): void {
  const overrides = nearestAncestor(el, "VersionOverrides");
  if (!overrides) {
    problems.push(`${describe(el)} uses resid "${resid}" outside any <VersionOverrides>, where there are no resources.`);
    return;
  }
  const resource = cache.get(overrides)?.get(resid);
  if (!resource) {
    problems.push(`${describe(el)} refers to resid "${resid}", but ${describe(overrides)} declares no resource with that id.`);
    return;
  }
  const expected = EXPECTED_KIND[el.localName ?? ""];
  if (expected && resource.kind !== expected) {
    problems.push(`${describe(el)} refers to "${resid}", which is in <bt:${resource.kind}>, but it needs an entry of <bt:${expected}>.`);
  }
}

/** Strings the user sees: the root DisplayName/Description and every ShortString/LongString. */
function localisedElements(root: Element): { el: Element; limitKey: string }[] {
  const out: { el: Element; limitKey: string }[] = [];
  for (const name of ["DisplayName", "Description"]) {
    const el = firstChild(root, name);
    if (el) out.push({ el, limitKey: name });
  }
  for (const kind of ["ShortStrings", "LongStrings"]) {
    for (const group of descendants(root, kind)) {
      for (const el of childElements(group, "String")) out.push({ el, limitKey: kind });
    }
  }
  return out;
}

export function checkLocalisation(root: Element, problems: string[]): void {
  for (const { el, limitKey } of localisedElements(root)) {
    const where = limitKey.endsWith("Strings") ? `${describe(el)} in <bt:${limitKey}>` : describe(el);
    const overrides = childElements(el, "Override");
    for (const locale of REQUIRED_LOCALES) {
      const match = overrides.find((o) => (o.getAttribute("Locale") ?? "").toLowerCase() === locale.toLowerCase());
      if (!match) problems.push(`${where} has no <Override Locale="${locale}">, so ${locale} users would see English.`);
      else if (!(match.getAttribute("Value") ?? "").trim()) problems.push(`${where} has an empty ${locale} Override.`);
    }
    const limit = MAX_LENGTH[limitKey];
    const values = [el.getAttribute("DefaultValue") ?? "", ...overrides.map((o) => o.getAttribute("Value") ?? "")];
    if (!(el.getAttribute("DefaultValue") ?? "").trim()) problems.push(`${where} has an empty DefaultValue.`);
    for (const value of values) {
      if (limit !== undefined && value.length > limit) {
        problems.push(`${where} has a text of ${value.length} characters; the schema allows at most ${limit}: "${value.slice(0, 40)}…".`);
      }
    }
  }
}
