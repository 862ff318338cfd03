/**
 * The unified manifest for Microsoft 365 as the build writes it: valid against Microsoft's
 * published schema for its manifestVersion (offline, from @microsoft/app-manifest), wired to the
 * same handler, button and files as manifest.xml, and packaged the way the admin center expects.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { unzipSync } from "fflate";
import { PANE_COMMAND_ID } from "../../src/launchevent/send-check";
import { associatedNames } from "./check-manifest";
import { HANDLER_SOURCE } from "./fixtures";
import { ICON_SCRIPT, REPO, SOURCE, UNIFIED, decodeOwnPng, resolveKey, schemaErrors, validateLocalization, validateManifest } from "./unified-helpers";

const BASE = "https://mail-preflight.example.com/addins/";
const FILES = UNIFIED.unifiedFiles({ baseUrl: BASE, sendMode: "SoftBlock" });
type Json = Record<string, any>;
const MANIFEST = FILES["manifest.json"] as Json;
const EXT = (MANIFEST.extensions as Json[])[0];
const LOCALIZATION = Object.keys(FILES).filter((name) => name !== "manifest.json");

describe("manifest.json", () => {
  it(`validates against Microsoft's schema for manifestVersion ${UNIFIED.MANIFEST_VERSION}`, () => {
    expect(MANIFEST.manifestVersion).toBe(UNIFIED.MANIFEST_VERSION);
    expect(schemaErrors(validateManifest, MANIFEST)).toEqual([]);
  });

  it.each(LOCALIZATION)("%s validates against the localization schema", (name) => {
    expect(schemaErrors(validateLocalization, FILES[name])).toEqual([]);
  });

  it("would catch a broken manifest: the schema check is not a formality", () => {
    const { icons: _icons, ...noIcons } = MANIFEST;
    expect(schemaErrors(validateManifest, noIcons).join("\n")).toMatch(/must have required property 'icons'/);
    const badMode = JSON.parse(JSON.stringify(MANIFEST).replace('"softBlock"', '"SoftBlock"'));
    expect(schemaErrors(validateManifest, badMode).join("\n")).toMatch(/autoRunEvents\/0\/events\/0\/options\/sendMode must be equal to one of the allowed values/);
    expect(schemaErrors(validateLocalization, { ...FILES["zh-CN.json"], "name.short": "x".repeat(31) }).join("\n")).toMatch(/name.short must NOT have more than 30 characters/);
  });

  it("runs the Send check on messageSending with the handler the JS file registers", () => {
    const [autoRun] = EXT.autoRunEvents as Json[];
    expect(autoRun.events).toEqual([{ type: "messageSending", actionId: SOURCE.IDS.handler, options: { sendMode: "softBlock" } }]);
    expect(autoRun.requirements.capabilities).toEqual([{ name: "Mailbox", minVersion: "1.12" }]);
    expect(associatedNames(HANDLER_SOURCE)).toContain(autoRun.events[0].actionId);
    const runtime = (EXT.runtimes as Json[]).find((r) => r.actions.some((a: Json) => a.id === SOURCE.IDS.handler));
    expect(runtime).toMatchObject({ lifetime: "short", code: { page: `${BASE}commands.html`, script: `${BASE}launchevent.js` } });
  });

  it("names the Smart Alerts commandId as the id of the compose button", () => {
    const control = resolveKey(MANIFEST, "extensions[0].ribbons[0].tabs[0].groups[0].controls[0]") as Json;
    expect(control).toMatchObject({ id: PANE_COMMAND_ID, type: "button", actionId: "mpOpenPane" });
    expect(SOURCE.IDS.button).toBe(PANE_COMMAND_ID);
    expect(EXT.ribbons[0].contexts).toEqual(["mailCompose"]);
    const paneRuntime = (EXT.runtimes as Json[]).find((r) => r.actions.some((a: Json) => a.id === control.actionId));
    expect(paneRuntime?.code).toEqual({ page: `${BASE}taskpane.html` });
  });

  it("hides the XML add-in and gives the admin center the icons to generate an XML manifest", () => {
    expect(EXT.alternates).toContainEqual({ hide: { customOfficeAddin: { officeAddinId: SOURCE.XML_ADDIN_ID } } });
    const icons = (EXT.alternates as Json[]).find((a) => a.alternateIcons)?.alternateIcons;
    expect(icons).toEqual({
      icon: { size: 64, url: `${BASE}assets/icon-64.png` },
      highResolutionIcon: { size: 64, url: `${BASE}assets/icon-128.png` },
    });
    expect(MANIFEST.id).not.toBe(SOURCE.XML_ADDIN_ID);
  });

  it("declares item read/write and shared-folder permissions, like ReadWriteItem and SupportsSharedFolders", () => {
    expect(MANIFEST.authorization.permissions.resourceSpecific).toEqual([
      { name: "MailboxItem.ReadWrite.User", type: "Delegated" },
      { name: "Mailbox.SharedFolder", type: "Delegated" },
    ]);
  });

  it("puts every URL under the base URL", () => {
    const urls = JSON.stringify(FILES).match(/https?:\/\/[^"]+/g) ?? [];
    const ours = urls.filter((u) => !u.startsWith("https://developer.microsoft.com/json-schemas/"));
    expect(ours.length).toBeGreaterThan(15);
    for (const url of ours) expect(url.startsWith(BASE)).toBe(true);
  });

  it("takes the send mode it is given (the policy's), in the unified spelling", () => {
    const prompt = UNIFIED.unifiedFiles({ baseUrl: BASE, sendMode: "PromptUser" })["manifest.json"] as Json;
    expect(prompt.extensions[0].autoRunEvents[0].events[0].options.sendMode).toBe("promptUser");
    expect(() => UNIFIED.unifiedSendMode("Block")).toThrow(/Unknown send mode "Block"/);
  });
});

describe("localization files", () => {
  it("cover every language manifest.xml overrides, each file listed in localizationInfo", () => {
    const listed = (MANIFEST.localizationInfo.additionalLanguages as Json[]).map((l) => [l.languageTag, l.file]);
    expect(listed).toEqual([
      ["zh-cn", "zh-CN.json"],
      ["zh-sg", "zh-SG.json"],
      ["zh-tw", "zh-TW.json"],
      ["zh-hk", "zh-HK.json"],
      ["zh-mo", "zh-MO.json"],
    ]);
    expect(LOCALIZATION.sort()).toEqual(listed.map(([, file]) => file).sort());
  });

  it.each(LOCALIZATION)("%s only overrides strings that exist in manifest.json", (name) => {
    for (const key of Object.keys(FILES[name]).filter((k) => k !== "$schema")) {
      expect([key, typeof resolveKey(MANIFEST, key)]).toEqual([key, "string"]);
    }
  });

  it("gives classic Outlook the handler file of the user's language (zh-HK reads Traditional)", () => {
    const script = "extensions[0].runtimes[1].code.script";
    expect(FILES["zh-CN.json"][script]).toBe(`${BASE}launchevent.zh-CN.js`);
    expect(FILES["zh-SG.json"][script]).toBe(`${BASE}launchevent.zh-CN.js`);
    expect(FILES["zh-HK.json"][script]).toBe(`${BASE}launchevent.zh-TW.js`);
    expect(FILES["zh-TW.json"]["extensions[0].runtimes[1].code.page"]).toBe(`${BASE}commands.zh-TW.html`);
    expect(FILES["zh-TW.json"]["name.short"]).toBe("郵件傳送前檢查");
    expect(FILES["zh-CN.json"]["extensions[0].ribbons[0].tabs[0].groups[0].controls[0].label"]).toBe("检查邮件");
  });
});

describe("app package and icons", () => {
  const icons = {
    [SOURCE.ICONS.color]: readFileSync(join(REPO, "assets", SOURCE.ICONS.color)),
    [SOURCE.ICONS.outline]: readFileSync(join(REPO, "assets", SOURCE.ICONS.outline)),
  };

  it("holds manifest.json, the localization files and both icons at the zip's root", () => {
    const entries = unzipSync(UNIFIED.appPackage(FILES, icons));
    expect(Object.keys(entries).sort()).toEqual([...Object.keys(FILES), SOURCE.ICONS.color, SOURCE.ICONS.outline].sort());
    expect(JSON.parse(Buffer.from(entries["manifest.json"]).toString("utf8"))).toEqual(MANIFEST);
    expect(MANIFEST.icons).toEqual({ color: "color-192.png", outline: "outline-32.png" });
  });

  it("is the same bytes for the same inputs", () => {
    expect(Buffer.from(UNIFIED.appPackage(FILES, icons)).equals(Buffer.from(UNIFIED.appPackage(FILES, icons)))).toBe(true);
  });

  it.each([
    ["color-192.png", 192],
    ["outline-32.png", 32],
  ])("%s is %i px and matches what assets/make-manifest-icons.cjs draws", (name, size) => {
    const png = decodeOwnPng(icons[name]);
    expect(png.size).toBe(size);
    expect(png.rgba.equals(ICON_SCRIPT.ICONS[name].draw())).toBe(true);
  });

  it("keeps the outline icon white on transparent, as Microsoft requires", () => {
    const { rgba } = decodeOwnPng(icons["outline-32.png"]);
    let opaque = 0;
    for (let i = 0; i < rgba.length; i += 4) {
      if (rgba[i + 3] === 0) continue;
      opaque++;
      expect([rgba[i], rgba[i + 1], rgba[i + 2]]).toEqual([255, 255, 255]);
    }
    // A picture, not an empty or filled square.
    expect(opaque).toBeGreaterThan(150);
    expect(opaque).toBeLessThan(32 * 32 * 0.7);
  });
});

describe("well-known file for classic Outlook's JavaScript-only runtime", () => {
  it("allows the three handler files, by full URL", () => {
    expect(UNIFIED.allowedScripts(BASE)).toEqual({
      allowed: [`${BASE}launchevent.js`, `${BASE}launchevent.zh-CN.js`, `${BASE}launchevent.zh-TW.js`],
    });
    expect(UNIFIED.WELL_KNOWN).toBe(".well-known/microsoft-officeaddins-allowed.json");
  });
});
