// Builds the unified manifest for Microsoft 365 (manifest.json), its localization files, the
// well-known file classic Outlook's JavaScript-only runtime needs, and the app package zip an
// admin uploads — all from source.cjs, so they cannot drift from manifest.xml.
const { zipSync } = require("fflate");
const S = require("./source.cjs");

/** The newest numbered schema @microsoft/app-manifest ships (devPreview is not for production). */
const MANIFEST_VERSION = "1.30";
const SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;
const LOCALIZATION_SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json`;
const PACKAGE_NAME = "mail-preflight-app.zip";
const WELL_KNOWN = ".well-known/microsoft-officeaddins-allowed.json";

/** Indexes the localization keys below point into; extensions[0] is the only extension. */
const SEND_RUNTIME = 1;
const CONTROL = "extensions[0].ribbons[0].tabs[0].groups[0].controls[0]";

const HANDLER_SUFFIX = { "en-US": "", "zh-CN": ".zh-CN", "zh-TW": ".zh-TW" };

function mailbox(minVersion) {
  return { capabilities: [{ name: "Mailbox", minVersion }], scopes: ["mail"] };
}

function ribbonIcons(baseUrl) {
  return S.ICONS.ribbon.map((size) => ({ size, url: `${baseUrl}assets/icon-${size}.png` }));
}

/** "SoftBlock" (policy and XML spelling) → "softBlock" (unified manifest spelling). */
function unifiedSendMode(sendMode) {
  if (!S.SEND_MODES.includes(sendMode)) throw new Error(`Unknown send mode "${sendMode}".`);
  return sendMode[0].toLowerCase() + sendMode.slice(1);
}

function manifestJson({ baseUrl, sendMode }) {
  const en = (key) => S.TEXT[key]["en-US"];
  return {
    $schema: SCHEMA_URL,
    manifestVersion: MANIFEST_VERSION,
    version: S.VERSION,
    id: S.UNIFIED_APP_ID,
    localizationInfo: {
      defaultLanguageTag: "en-us",
      additionalLanguages: Object.keys(S.HANDLER_LOCALES).map((tag) => ({ languageTag: tag.toLowerCase(), file: `${tag}.json` })),
    },
    developer: {
      name: S.PROVIDER,
      websiteUrl: `${baseUrl}${S.PAGES.support}`,
      privacyUrl: `${baseUrl}${S.PAGES.support}`,
      termsOfUseUrl: `${baseUrl}${S.PAGES.support}`,
    },
    name: { short: en("displayName"), full: en("displayName") },
    description: { short: en("shortDescription"), full: en("description") },
    icons: { outline: S.ICONS.outline, color: S.ICONS.color },
    accentColor: S.ICONS.accentColor,
    authorization: {
      permissions: {
        resourceSpecific: [
          // manifest.xml's ReadWriteItem: the pane's fixes edit the draft.
          { name: "MailboxItem.ReadWrite.User", type: "Delegated" },
          // manifest.xml's SupportsSharedFolders: check messages written for a delegated mailbox.
          { name: "Mailbox.SharedFolder", type: "Delegated" },
        ],
      },
    },
    extensions: [
      {
        requirements: mailbox(S.MAILBOX.commands),
        runtimes: [
          {
            id: "TaskPaneRuntime",
            type: "general",
            code: { page: `${baseUrl}${S.PAGES.taskpane}` },
            lifetime: "long",
            actions: [{ id: "mpOpenPane", type: "openPage" }],
          },
          {
            // Outlook on the web, on Mac and new Outlook load "page"; classic Outlook on Windows
            // loads "script" alone in its JavaScript-only runtime. The localization files swap
            // both for the Chinese builds, as manifest.xml's Overrides do.
            requirements: mailbox(S.MAILBOX.sendEvent),
            id: "SendCheckRuntime",
            type: "general",
            code: { page: `${baseUrl}${S.PAGES.handlerPage("")}`, script: `${baseUrl}${S.PAGES.handlerScript("")}` },
            lifetime: "short",
            actions: [{ id: S.IDS.handler, type: "executeFunction" }],
          },
        ],
        ribbons: [
          {
            contexts: ["mailCompose"],
            tabs: [
              {
                builtInTabId: S.IDS.tab,
                groups: [
                  {
                    id: S.IDS.group,
                    label: S.TEXT.groupLabel["en-US"],
                    icons: ribbonIcons(baseUrl),
                    controls: [
                      {
                        id: S.IDS.button,
                        type: "button",
                        label: en("buttonLabel"),
                        icons: ribbonIcons(baseUrl),
                        supertip: { title: en("buttonLabel"), description: en("buttonTooltip") },
                        actionId: "mpOpenPane",
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
        autoRunEvents: [
          {
            requirements: mailbox(S.MAILBOX.sendEvent),
            events: [{ type: "messageSending", actionId: S.IDS.handler, options: { sendMode: unifiedSendMode(sendMode) } }],
          },
        ],
        alternates: [
          // Where manifest.xml is already deployed, users see one button, not two.
          { hide: { customOfficeAddin: { officeAddinId: S.XML_ADDIN_ID } } },
          // With these the admin center generates an XML manifest for clients that cannot read
          // this one (Outlook on Mac, Windows builds before 2304, perpetual Office). The schema
          // caps icon sizes at 80, so the 128 px file is declared at its 64 px display size.
          {
            alternateIcons: {
              icon: { size: S.ICONS.store.icon, url: `${baseUrl}assets/icon-${S.ICONS.store.icon}.png` },
              highResolutionIcon: { size: S.ICONS.store.icon, url: `${baseUrl}assets/icon-${S.ICONS.store.highResolution}.png` },
            },
          },
        ],
      },
    ],
  };
}

/** One localization file: names, descriptions, ribbon texts and the handler files for that language. */
function localizationJson(tag, baseUrl) {
  const locale = S.HANDLER_LOCALES[tag];
  const t = (key) => S.TEXT[key][locale];
  const suffix = HANDLER_SUFFIX[locale];
  return {
    $schema: LOCALIZATION_SCHEMA_URL,
    "name.short": t("displayName"),
    "name.full": t("displayName"),
    "description.short": t("shortDescription"),
    "description.full": t("description"),
    "extensions[0].ribbons[0].tabs[0].groups[0].label": t("groupLabel"),
    [`${CONTROL}.label`]: t("buttonLabel"),
    [`${CONTROL}.supertip.title`]: t("buttonLabel"),
    [`${CONTROL}.supertip.description`]: t("buttonTooltip"),
    [`extensions[0].runtimes[${SEND_RUNTIME}].code.page`]: `${baseUrl}${S.PAGES.handlerPage(suffix)}`,
    [`extensions[0].runtimes[${SEND_RUNTIME}].code.script`]: `${baseUrl}${S.PAGES.handlerScript(suffix)}`,
  };
}

/** manifest.json and every localization file, by file name in the app package. */
function unifiedFiles({ baseUrl, sendMode }) {
  const files = { "manifest.json": manifestJson({ baseUrl, sendMode }) };
  for (const tag of Object.keys(S.HANDLER_LOCALES)) files[`${tag}.json`] = localizationJson(tag, baseUrl);
  return files;
}

/**
 * The list classic Outlook checks before its JavaScript-only runtime lets a handler file fetch
 * (the policy). It must be served at the origin's root, whatever path baseUrl has.
 */
function allowedScripts(baseUrl) {
  return { allowed: Object.values(HANDLER_SUFFIX).map((suffix) => `${baseUrl}${S.PAGES.handlerScript(suffix)}`) };
}

/** The app package: manifest.json, localization files and the two icons at the zip's root. */
function appPackage(files, icons) {
  const entries = {};
  // A fixed date keeps the zip byte-for-byte the same for the same inputs.
  const mtime = new Date(Date.UTC(2024, 0, 1));
  for (const [name, json] of Object.entries(files)) entries[name] = [Buffer.from(`${JSON.stringify(json, null, 2)}\n`), { mtime }];
  for (const [name, bytes] of Object.entries(icons)) entries[name] = [bytes, { mtime }];
  return zipSync(entries, { level: 9 });
}

module.exports = {
  MANIFEST_VERSION,
  PACKAGE_NAME,
  WELL_KNOWN,
  SEND_RUNTIME,
  manifestJson,
  localizationJson,
  unifiedFiles,
  unifiedSendMode,
  allowedScripts,
  appPackage,
};
