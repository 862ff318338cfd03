/**
 * Identity and element-order checks. Office validates the manifest against its XSDs, where
 * children are xs:sequence: a right element in the wrong place rejects the whole manifest.
 */
import type { Element } from "@xmldom/xmldom";
import { childElements, descendants, describe, firstChild, xsiType } from "./xml-util";

/** MailApp child sequence (OfficeAppManifest 1.1: OfficeApp base, then the MailApp extension). */
const OFFICE_APP_ORDER = [
  "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description",
  "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements",
  "FormSettings", "Permissions", "Rule", "DisableEntityHighlighting", "VersionOverrides",
];
const OFFICE_APP_REQUIRED = [
  "Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "Requirements",
  "FormSettings", "Rule",
];
/** Elements after Resources in V1_1 (WebApplicationInfo, EquivalentAddins, ...) share one rank. */
const VERSION_OVERRIDES_RANK: Record<string, number> = {
  Description: 0, Requirements: 1, Hosts: 2, Resources: 3, VersionOverrides: 4,
  WebApplicationInfo: 4, EquivalentAddins: 4, ExtendedPermissions: 4,
};
const MAIL_HOST_ORDER = ["Runtimes", "DesktopFormFactor", "MobileFormFactor"];
const FORM_FACTOR_ORDER = ["SupportsSharedFolders", "FunctionFile", "ExtensionPoint"];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FOUR_PART_VERSION = /^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/;

function rankFromList(order: string[]): Record<string, number> {
  return Object.fromEntries(order.map((name, i) => [name, i]));
}

function checkOrder(parent: Element, rank: Record<string, number>, problems: string[]): void {
  let last = -1;
  let lastName = "";
  for (const child of childElements(parent)) {
    const name = child.localName ?? "";
    const r = rank[name];
    if (r === undefined) {
      problems.push(`${describe(child)} is not allowed inside ${describe(parent)}.`);
      continue;
    }
    if (r < last) {
      problems.push(`${describe(child)} must come before <${lastName}> inside ${describe(parent)} (the schema fixes the order).`);
    }
    if (r >= last) {
      last = r;
      lastName = name;
    }
  }
}

export function checkIdentity(root: Element, problems: string[]): void {
  if (root.localName !== "OfficeApp") {
    problems.push(`The root element is <${root.nodeName}>, but an add-in manifest must start with <OfficeApp>.`);
    return;
  }
  if (xsiType(root) !== "MailApp") {
    problems.push(`<OfficeApp> has xsi:type "${xsiType(root)}", but an Outlook add-in needs xsi:type="MailApp".`);
  }
  const id = firstChild(root, "Id")?.textContent?.trim() ?? "";
  if (!GUID.test(id)) problems.push(`<Id> "${id}" is not a GUID such as 6f1d3c2a-0000-4000-8000-000000000000.`);
  const version = firstChild(root, "Version")?.textContent?.trim() ?? "";
  if (!FOUR_PART_VERSION.test(version)) {
    problems.push(`<Version> "${version}" is not a four-part numeric version such as 1.0.0.0.`);
  }
}

export function checkStructure(root: Element, problems: string[]): void {
  for (const name of OFFICE_APP_REQUIRED) {
    if (!firstChild(root, name)) problems.push(`<OfficeApp> has no <${name}> element, which the schema requires.`);
  }
  checkOrder(root, rankFromList(OFFICE_APP_ORDER), problems);
  for (const overrides of descendants(root, "VersionOverrides")) {
    checkOrder(overrides, VERSION_OVERRIDES_RANK, problems);
    for (const required of ["Hosts", "Resources"]) {
      if (!firstChild(overrides, required)) problems.push(`${describe(overrides)} has no <${required}> element.`);
    }
  }
  for (const host of descendants(root, "Host").filter((h) => xsiType(h) === "MailHost")) {
    checkOrder(host, rankFromList(MAIL_HOST_ORDER), problems);
  }
  for (const name of ["DesktopFormFactor", "MobileFormFactor"]) {
    for (const formFactor of descendants(root, name)) checkOrder(formFactor, rankFromList(FORM_FACTOR_ORDER), problems);
  }
}
