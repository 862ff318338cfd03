/**
 * manifest.xml is written by hand, manifest.json is generated from addin-manifest/source.cjs:
 * these tests hold the XML to that source field by field, so the two manifests cannot drift.
 */
import type { Element } from "@xmldom/xmldom";
import { MANIFEST, edit } from "./fixtures";
import { BUILD, SOURCE, UNIFIED } from "./unified-helpers";
import { childElements, descendants, firstChild, parseXml, xsiType } from "./xml-util";

const DEV = SOURCE.DEV_BASE_URL;

function rootOf(text: string): Element {
  const root = parseXml(text).doc?.documentElement;
  if (!root) throw new Error("manifest.xml does not parse");
  return root;
}

/** { "en-US": DefaultValue, "zh-CN": Override, … } of a localised element. */
function texts(el: Element | undefined): Record<string, string> {
  if (!el) return {};
  const out: Record<string, string> = { "en-US": el.getAttribute("DefaultValue") ?? "" };
  for (const o of childElements(el, "Override")) out[o.getAttribute("Locale") ?? "?"] = o.getAttribute("Value") ?? "";
  return out;
}

const pick = (record: Record<string, string>) => ({ "en-US": record["en-US"], "zh-CN": record["zh-CN"], "zh-TW": record["zh-TW"] });

function overridesBlocks(root: Element): Element[] {
  return descendants(root, "VersionOverrides");
}

/** A resource (<bt:Url>, <bt:String>, <bt:Image>) declared directly in one VersionOverrides block. */
function resource(block: Element, id: string): Element | undefined {
  const resources = firstChild(block, "Resources");
  const all = resources ? childElements(resources).flatMap((group) => childElements(group)) : [];
  return all.find((e) => e.getAttribute("id") === id);
}

/** Every difference between manifest.xml and source.cjs, as sentences. */
function disagreements(text: string, sendMode = "SoftBlock"): string[] {
  const root = rootOf(text);
  const out: string[] = [];
  const same = (what: string, actual: unknown, expected: unknown): void => {
    if (JSON.stringify(actual) !== JSON.stringify(expected)) out.push(`${what}: manifest.xml has ${JSON.stringify(actual)}, source.cjs ${JSON.stringify(expected)}`);
  };
  const text1 = (name: string) => firstChild(root, name)?.textContent?.trim();
  same("Id", text1("Id"), SOURCE.XML_ADDIN_ID);
  same("Version", text1("Version"), SOURCE.xmlVersion());
  same("ProviderName", text1("ProviderName"), SOURCE.PROVIDER);
  same("DisplayName", pick(texts(firstChild(root, "DisplayName"))), SOURCE.TEXT.displayName);
  same("Description", pick(texts(firstChild(root, "Description"))), SOURCE.TEXT.description);
  same("IconUrl", firstChild(root, "IconUrl")?.getAttribute("DefaultValue"), `${DEV}assets/icon-${SOURCE.ICONS.store.icon}.png`);
  same("HighResolutionIconUrl", firstChild(root, "HighResolutionIconUrl")?.getAttribute("DefaultValue"), `${DEV}assets/icon-${SOURCE.ICONS.store.highResolution}.png`);
  same("SupportUrl", firstChild(root, "SupportUrl")?.getAttribute("DefaultValue"), `${DEV}taskpane.html#help`);
  same("Permissions", text1("Permissions"), "ReadWriteItem");
  const rootSet = descendants(firstChild(root, "Requirements") ?? root, "Set")[0];
  same("Requirements Mailbox", rootSet?.getAttribute("MinVersion"), SOURCE.MAILBOX.base);

  const [v10, v11] = overridesBlocks(root);
  const minVersion = (block: Element | undefined) => (block ? descendants(firstChild(block, "Requirements") ?? block, "Sets")[0]?.getAttribute("DefaultMinVersion") : undefined);
  same("VersionOverridesV1_0 Mailbox", minVersion(v10), SOURCE.MAILBOX.commands);
  same("VersionOverridesV1_1 Mailbox", minVersion(v11), SOURCE.MAILBOX.sendEvent);
  for (const block of [v10, v11]) {
    if (!block) continue;
    const where = xsiType(block);
    const form = descendants(block, "DesktopFormFactor").find((f) => f.parentNode?.parentNode?.parentNode === block);
    same(`${where} SupportsSharedFolders`, form ? firstChild(form, "SupportsSharedFolders")?.textContent : undefined, "true");
    const tab = descendants(form ?? block, "OfficeTab")[0];
    const group = tab ? firstChild(tab, "Group") : undefined;
    const control = group ? firstChild(group, "Control") : undefined;
    same(`${where} tab`, tab?.getAttribute("id"), SOURCE.IDS.tab);
    same(`${where} group`, group?.getAttribute("id"), SOURCE.IDS.group);
    same(`${where} button`, control?.getAttribute("id"), SOURCE.IDS.button);
    same(`${where} ribbon icons`, control ? descendants(control, "Image").map((i) => Number(i.getAttribute("size"))) : [], SOURCE.ICONS.ribbon);
    same(`${where} GroupLabel`, pick(texts(resource(block, "GroupLabel"))), SOURCE.TEXT.groupLabel);
    same(`${where} button label`, pick(texts(resource(block, "TaskpaneButton.Label"))), SOURCE.TEXT.buttonLabel);
    same(`${where} button tooltip`, pick(texts(resource(block, "TaskpaneButton.Tooltip"))), SOURCE.TEXT.buttonTooltip);
    same(`${where} Taskpane.Url`, resource(block, "Taskpane.Url")?.getAttribute("DefaultValue"), `${DEV}taskpane.html`);
  }
  if (v11) {
    const event = descendants(v11, "LaunchEvent")[0];
    same("LaunchEvent", [event?.getAttribute("Type"), event?.getAttribute("FunctionName"), event?.getAttribute("SendMode")], ["OnMessageSend", SOURCE.IDS.handler, sendMode]);
    const handlerUrls = (id: string, file: (suffix: string) => string) => {
      const expected: Record<string, string> = { "en-US": `${DEV}${file("")}` };
      for (const [tag, locale] of Object.entries(SOURCE.HANDLER_LOCALES)) expected[tag] = `${DEV}${file(`.${locale}`)}`;
      same(id, texts(resource(v11, id)), expected);
    };
    handlerUrls("WebViewRuntime.Url", (s) => `commands${s}.html`);
    handlerUrls("JSRuntime.Url", (s) => `launchevent${s}.js`);
  }
  return out;
}

describe("manifest.xml agrees with addin-manifest/source.cjs", () => {
  it("in every field manifest.json is built from", () => {
    expect(disagreements(MANIFEST, SOURCE.sendModeFromPolicy(`${__dirname}/../../policy`))).toEqual([]);
  });

  it.each([
    ["the version", () => edit("<Version>1.0.2.0</Version>", "<Version>1.0.3.0</Version>"), /^Version: manifest.xml has "1.0.3.0"/],
    ["a zh-TW display name", () => edit('Value="郵件傳送前檢查"', 'Value="郵件檢查"'), /^DisplayName: /],
    ["a button tooltip in one block", () => edit("how to fix it before you send.", "how to fix it.", { last: true }), /^VersionOverridesV1_1 button tooltip: /],
    ["the button id", () => edit('id="mpOpenPaneButton"', 'id="openPane"', { last: true }), /^VersionOverridesV1_1 button: /],
    ["the Send event's requirement set", () => edit('DefaultMinVersion="1.12"', 'DefaultMinVersion="1.13"'), /^VersionOverridesV1_1 Mailbox: /],
    ["shared-folder support", () => edit("<SupportsSharedFolders>true</SupportsSharedFolders>", ""), /^VersionOverridesV1_0 SupportsSharedFolders: /],
    ["a handler file for zh-HK", () => edit('"https://localhost:3000/launchevent.zh-TW.js"/>\n            <bt:Override Locale="zh-MO"', '"https://localhost:3000/launchevent.zh-CN.js"/>\n            <bt:Override Locale="zh-MO"'), /^JSRuntime.Url: /],
    ["the SendMode", () => edit('SendMode="SoftBlock"', 'SendMode="PromptUser"'), /^LaunchEvent: /],
  ])("reports a change of %s", (_name, changed, expected) => {
    expect(disagreements(changed())).toEqual([expect.stringMatching(expected)]);
  });
});

describe("the build's manifest.xml", () => {
  const base = "https://mail-preflight.example.com/";
  const { renderXmlManifest } = BUILD;

  it("takes SendMode from the policy and the URLs from baseUrl, like manifest.json", () => {
    const xml = renderXmlManifest(MANIFEST, { baseUrl: base, sendMode: "PromptUser" });
    expect(xml).toContain('SendMode="PromptUser"');
    expect(xml).not.toContain("localhost");
    const json = UNIFIED.unifiedFiles({ baseUrl: base, sendMode: "PromptUser" })["manifest.json"] as { extensions: { autoRunEvents: { events: { options: { sendMode: string } }[] }[] }[] };
    expect(json.extensions[0].autoRunEvents[0].events[0].options.sendMode).toBe("promptUser");
  });

  it("refuses a manifest whose SendMode it cannot find exactly once, and an unknown mode", () => {
    expect(() => renderXmlManifest(edit(' SendMode="SoftBlock"', ""), { baseUrl: base, sendMode: "SoftBlock" })).toThrow(/exactly one SendMode attribute, found 0/);
    expect(() => renderXmlManifest(MANIFEST, { baseUrl: base, sendMode: "Block" })).toThrow(/Unknown send mode "Block"/);
  });
});
