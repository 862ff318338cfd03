import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { checkManifest } from "./check-manifest";
import { readPngHeader } from "./png-header";
import { ASSETS_DIR, MANIFEST, OPTIONS, edit } from "./fixtures";

const BUTTON_ID = "mpOpenPaneButton";

describe("manifest.xml", () => {
  it("passes every offline check", () => {
    expect(checkManifest(MANIFEST, OPTIONS)).toEqual([]);
  });

  it("declares the compose button used as the Smart Alerts commandId in both VersionOverrides", () => {
    const buttons = MANIFEST.match(new RegExp(`<Control xsi:type="Button" id="${BUTTON_ID}">`, "g")) ?? [];
    expect(buttons).toHaveLength(2);
    expect(MANIFEST).toContain('<ExtensionPoint xsi:type="MessageComposeCommandSurface">');
  });

  it("uses only the dev base URL, so the build's prefix rewrite covers every URL", () => {
    const urls = MANIFEST.match(/\b[a-z]+:\/\/[^"\s<]+/g) ?? [];
    const ours = urls.filter((u) => !u.startsWith("http://schemas.microsoft.com/") && !u.startsWith("http://www.w3.org/"));
    expect(ours.length).toBeGreaterThan(10);
    for (const url of ours) expect(url.startsWith("https://localhost:3000/")).toBe(true);
  });
});

describe("assets/ icons", () => {
  const icons = readdirSync(ASSETS_DIR).filter((name) => /^icon-\d+\.png$/.test(name));

  it("has every size the manifest needs", () => {
    expect(icons.sort()).toEqual(["icon-128.png", "icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png"]);
  });

  it.each(icons)("%s is an RGBA PNG whose size matches its file name", (name) => {
    const header = readPngHeader(readFileSync(join(ASSETS_DIR, name)));
    const size = Number(/^icon-(\d+)\.png$/.exec(name)?.[1]);
    expect(header).toEqual({ width: size, height: size, bitDepth: 8, colourType: 6 });
  });
});

describe("readPngHeader", () => {
  it("rejects bytes that are not a PNG, or a PNG cut short", () => {
    const png = readFileSync(join(ASSETS_DIR, "icon-16.png"));
    expect(readPngHeader(new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeUndefined();
    expect(readPngHeader(png.subarray(0, 20))).toBeUndefined();
    expect(readPngHeader(png.subarray(0, 33))).toEqual({ width: 16, height: 16, bitDepth: 8, colourType: 6 });
  });
});

/** Each row breaks one thing in a copy of the real manifest; the checker must name that thing. */
const BROKEN: [string, () => string, RegExp][] = [
  ["an unclosed element (fatal error)", () => edit("</Permissions>", ""), /not well-formed XML: a fatal XML error/],
  ["an undefined entity (regular error)", () => edit("<ProviderName>Mail Preflight", "<ProviderName>Mail &preflight;"), /not well-formed XML: an XML error: entity not found/],
  ["an unquoted attribute (repaired by xmldom)", () => edit('<Host Name="Mailbox"/>', "<Host Name=Mailbox/>"), /not well-formed XML: an XML warning/],
  ["a resid with no resource", () => edit('<Label resid="GroupLabel"/>', '<Label resid="GroupLabe1"/>'), /refers to resid "GroupLabe1", but <VersionOverrides xsi:type="VersionOverridesV1_0"> declares no resource/],
  ["a resource only in the parent VersionOverrides", () => edit('<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>', "", { last: true }), /refers to resid "Taskpane.Url", but <VersionOverrides xsi:type="VersionOverridesV1_1"> declares no resource/],
  ["a resid of the wrong kind", () => edit('<Label resid="GroupLabel"/>', '<Label resid="Taskpane.Url"/>'), /<Label> refers to "Taskpane.Url", which is in <bt:Urls>, but it needs an entry of <bt:ShortStrings>/],
  ["a duplicate resource id", () => edit('<bt:Url id="Taskpane.Url"', '<bt:Url id="Commands.Url"'), /Resource id "Commands.Url" is declared twice/],
  ["an http resource URL", () => edit('DefaultValue="https://localhost:3000/taskpane.html"/>\n      </bt:Urls>', 'DefaultValue="http://localhost:3000/taskpane.html"/>\n      </bt:Urls>'), /<bt:Url id="Taskpane.Url"> \(in VersionOverridesV1_0\) DefaultValue is "http:\/\/localhost:3000\/taskpane.html", which does not use https/],
  ["a SupportUrl on another host", () => edit('<SupportUrl DefaultValue="https://localhost:3000/taskpane.html#help"/>', '<SupportUrl DefaultValue="https://help.example.com/"/>'), /<SupportUrl> DefaultValue is "https:\/\/help.example.com\/", which does not start with the base URL https:\/\/localhost:3000\//],
  ["an http SourceLocation in FormSettings", () => edit('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>', '<SourceLocation DefaultValue="http://localhost:3000/taskpane.html"/>'), /<SourceLocation> DefaultValue is "http:\/\/localhost:3000\/taskpane.html", which does not use https/],
  ["an http URL in an Override", () => edit('<IconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>', '<IconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"><Override Locale="zh-CN" Value="http://cdn.example.com/icon-64.png"/></IconUrl>'), /the zh-CN Override of <IconUrl> is "http:\/\/cdn.example.com\/icon-64.png", which does not use https/],
  ["a relative URL", () => edit('DefaultValue="https://localhost:3000/commands.html"', 'DefaultValue="commands.html"'), /<bt:Url id="Commands.Url"> \(in VersionOverridesV1_0\) DefaultValue is "commands.html", which is not an absolute URL/],
  ["an icon file that does not exist", () => edit("assets/icon-16.png", "assets/icon-17.png"), /The icon file assets\/icon-17.png used by image resource "Icon.16x16" does not exist/],
  ["an icon outside assets/", () => edit("assets/icon-16.png", "icon-16.png"), /image resource "Icon.16x16" is "https:\/\/localhost:3000\/icon-16.png", which is not a file under https:\/\/localhost:3000\/assets\//],
  ["a ribbon image of the wrong size", () => edit('"https://localhost:3000/assets/icon-16.png"', '"https://localhost:3000/assets/icon-32.png"'), /assets\/icon-32.png is 32x32 pixels, but image resource "Icon.16x16" needs 16x16/],
  ["an IconUrl that is not 64 px", () => edit('<IconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>', '<IconUrl DefaultValue="https://localhost:3000/assets/icon-80.png"/>'), /assets\/icon-80.png is 80x80 pixels, but <IconUrl> needs 64x64/],
  ["a HighResolutionIconUrl that is not 128 px", () => edit('<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-128.png"/>', '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>'), /assets\/icon-64.png is 64x64 pixels, but <HighResolutionIconUrl> needs 128x128/],
  ["an image resource no <Icon> uses", () => edit('<bt:Image id="Icon.80x80"', '<bt:Image id="Icon.64x64" DefaultValue="https://localhost:3000/assets/icon-64.png"/>\n        <bt:Image id="Icon.80x80"'), /Image resource "Icon.64x64" in <VersionOverrides xsi:type="VersionOverridesV1_0"> is declared but no <Icon> uses it; remove it/],
  ["one image resource used at two sizes", () => edit('<bt:Image size="32" resid="Icon.32x32"/>', '<bt:Image size="32" resid="Icon.16x16"/>'), /Image resource "Icon.16x16" is used at sizes 16 and 32/],
  ["a ShortString without zh-TW", () => edit('<bt:Override Locale="zh-TW" Value="檢查郵件"/>', ""), /<bt:String id="TaskpaneButton.Label"> in <bt:ShortStrings> has no <Override Locale="zh-TW">/],
  ["a LongString without zh-CN", () => edit('<bt:Override Locale="zh-CN" Value="打开邮件预检窗格', '<bt:Override Locale="en-GB" Value="打开邮件预检窗格'), /<bt:String id="TaskpaneButton.Tooltip"> in <bt:LongStrings> has no <Override Locale="zh-CN">/],
  ["a DisplayName without zh-CN", () => edit('<Override Locale="zh-CN" Value="邮件发送前检查"/>', ""), /<DisplayName> has no <Override Locale="zh-CN">/],
  ["a Description with an empty zh-TW text", () => edit('<Override Locale="zh-TW" Value="在撰寫郵件時', '<Override Locale="zh-TW" Value=" " Note="在撰寫郵件時'), /<Description> has an empty zh-TW Override/],
  ["a ShortString longer than the schema allows", () => edit('DefaultValue="Check message"', `DefaultValue="${"Check ".repeat(25)}"`), /TaskpaneButton.Label"> in <bt:ShortStrings> has a text of 150 characters; the schema allows at most 125/],
  ["a FunctionName the handler does not register", () => edit('FunctionName="onMessageSendHandler"', 'FunctionName="onSendHandler"'), /calls FunctionName "onSendHandler", but the handler registers "onMessageSendHandler"/],
  ["an unknown SendMode", () => edit('SendMode="SoftBlock"', 'SendMode="HardBlock"'), /SendMode "HardBlock", which is not one of SoftBlock, PromptUser, Block/],
  ["a send event without SendMode", () => edit(' SendMode="SoftBlock"', ""), /<LaunchEvent Type="OnMessageSend"> has no SendMode/],
  ["no OnMessageSend event", () => edit('Type="OnMessageSend"', 'Type="OnNewMessageCompose"'), /has no <LaunchEvent Type="OnMessageSend">/],
  ["a LaunchEvent not running in the declared runtime", () => edit('<SourceLocation resid="WebViewRuntime.Url"/>', '<SourceLocation resid="Commands.Url"/>'), /has SourceLocation resid "Commands.Url", but its <Host> declares no <Runtime resid="Commands.Url">/],
  ["a runtime without the JavaScript file for classic Outlook", () => edit('<Override type="javascript" resid="JSRuntime.Url"/>', ""), /has no <Override type="javascript">/],
  ["a three-part Version", () => edit("<Version>1.0.2.0</Version>", "<Version>1.0.0</Version>"), /<Version> "1.0.0" is not a four-part numeric version/],
  ["a non-numeric Version", () => edit("<Version>1.0.2.0</Version>", "<Version>1.0.0.beta</Version>"), /<Version> "1.0.0.beta" is not a four-part numeric version/],
  ["an Id that is not a GUID", () => edit("<Id>6f1d3c2a-1702-4794-aeec-cd3ca7bcdf29</Id>", "<Id>mail-preflight</Id>"), /<Id> "mail-preflight" is not a GUID/],
  ["a missing required element", () => edit('<Rule xsi:type="ItemIs" ItemType="Message" FormType="Edit"/>', ""), /<OfficeApp> has no <Rule> element/],
  ["root elements out of schema order", () => edit("<Permissions>ReadWriteItem</Permissions>", "").replace("<FormSettings>", "<Permissions>ReadWriteItem</Permissions>\n  <FormSettings>"), /<FormSettings> must come before <Permissions> inside <OfficeApp/],
  ["Runtimes after DesktopFormFactor", () => edit("</DesktopFormFactor>\n        </Host>", "</DesktopFormFactor>\n          <Runtimes/>\n        </Host>", { last: true }), /<Runtimes> must come before <DesktopFormFactor> inside <Host xsi:type="MailHost">/],
];

describe("checkManifest on a broken copy", () => {
  it.each(BROKEN)("reports %s", (_name, broken, expected) => {
    const problems = checkManifest(broken(), OPTIONS);
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });

  it("reports a handler that registers another name", () => {
    const problems = checkManifest(MANIFEST, { ...OPTIONS, handlerSource: `Office.actions.associate('checkBeforeSend', check);` });
    expect(problems).toEqual([expect.stringMatching(/calls FunctionName "onMessageSendHandler", but the handler registers "checkBeforeSend"/)]);
  });

  it("reports a handler with no Office.actions.associate call", () => {
    const problems = checkManifest(MANIFEST, { ...OPTIONS, handlerSource: "export function onMessageSendHandler() {}" });
    expect(problems).toEqual([expect.stringMatching(/no Office.actions.associate\("name", handler\) call/)]);
  });

  describe("with a copy of assets/", () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), "mp-assets-"));
      for (const name of readdirSync(ASSETS_DIR)) copyFileSync(join(ASSETS_DIR, name), join(dir, name));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it("passes while the copy is intact", () => {
      expect(checkManifest(MANIFEST, { ...OPTIONS, assetsDir: dir })).toEqual([]);
    });

    it("reports a ribbon PNG rendered at the wrong size", () => {
      copyFileSync(join(ASSETS_DIR, "icon-64.png"), join(dir, "icon-80.png"));
      // Both VersionOverrides use the file at the same size: one problem, not two.
      expect(checkManifest(MANIFEST, { ...OPTIONS, assetsDir: dir })).toEqual([
        'The icon file assets/icon-80.png is 64x64 pixels, but image resource "Icon.80x80" needs 80x80.',
      ]);
    });

    it("reports an icon that is not a PNG", () => {
      writeFileSync(join(dir, "icon-128.png"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
      expect(checkManifest(MANIFEST, { ...OPTIONS, assetsDir: dir })).toEqual([
        "The icon file assets/icon-128.png used by <HighResolutionIconUrl> is not a PNG image.",
      ]);
    });
  });
});
