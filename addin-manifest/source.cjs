// The one description of the add-in both manifests are made from. manifest.xml (hand-written,
// because its element order and VersionOverrides nesting are easier to review as XML) is checked
// against this field by field (test/manifest/source-agreement.test.ts); manifest.json is
// generated from it (unified.cjs). Change a text or URL here, then in manifest.xml, and raise
// VERSION: Outlook and the admin center only pick up a manifest whose version is higher.
const fs = require("fs");
const path = require("path");

const DEV_BASE_URL = "https://localhost:3000/";

/** Semver for manifest.json; manifest.xml carries the same number with a fourth part ".0". */
const VERSION = "1.0.2";

/** The XML add-in's id. The unified manifest has its own id and hides this one (alternates). */
const XML_ADDIN_ID = "6f1d3c2a-1702-4794-aeec-cd3ca7bcdf29";
/** Microsoft asks for a new GUID for the unified manifest of a converted add-in. */
const UNIFIED_APP_ID = "3b8e5f0c-9d47-4a61-b2c8-5e7f1a0d6c94";

const PROVIDER = "Mail Preflight";

/** en-US is the default language of both manifests. */
const TEXT = {
  displayName: { "en-US": "Mail Preflight", "zh-CN": "邮件发送前检查", "zh-TW": "郵件傳送前檢查" },
  description: {
    "en-US":
      "Checks recipients, attachments, subject and content while you write and again when you select Send, and explains how to fix each problem following your company's mail guidelines.",
    "zh-CN": "在撰写邮件时以及点击“发送”时检查收件人、附件、主题和正文，并依照公司的邮件规范说明每个问题的处理方法。",
    "zh-TW": "在撰寫郵件時以及按下「傳送」時檢查收件者、附件、主旨與內文，並依照公司的郵件規範說明每個問題的處理方式。",
  },
  /** manifest.json's description.short allows 80 characters. */
  shortDescription: {
    "en-US": "Checks a message as you write and at Send, and says how to fix each problem.",
    "zh-CN": "撰写和发送邮件时检查问题，并说明修正方法。",
    "zh-TW": "撰寫和傳送郵件時檢查問題，並說明修正方式。",
  },
  groupLabel: { "en-US": "Mail Preflight", "zh-CN": "邮件预检", "zh-TW": "郵件預檢" },
  buttonLabel: { "en-US": "Check message", "zh-CN": "检查邮件", "zh-TW": "檢查郵件" },
  buttonTooltip: {
    "en-US": "Open the Mail Preflight pane to see what in this message may cause trouble and how to fix it before you send.",
    "zh-CN": "打开邮件预检窗格，查看这封邮件中可能出问题的地方，以及发送前的修正方法。",
    "zh-TW": "開啟郵件預檢窗格，查看這封郵件中可能出問題的地方，以及傳送前的修正方式。",
  },
};

/** Outlook UI languages that get a Chinese handler file: zh-SG reads Simplified, zh-HK/zh-MO Traditional. */
const HANDLER_LOCALES = { "zh-CN": "zh-CN", "zh-SG": "zh-CN", "zh-TW": "zh-TW", "zh-HK": "zh-TW", "zh-MO": "zh-TW" };
/** The translation each manifest language uses (the manifest's own texts exist in zh-CN and zh-TW). */
const TEXT_LOCALES = ["zh-CN", "zh-TW"];

/** Paths under the base URL. The handler files per language: see HANDLER_BUILDS in webpack.config.js. */
const PAGES = {
  taskpane: "taskpane.html",
  support: "taskpane.html#help",
  commands: "commands.html",
  /** "" = en-US; ".zh-CN" and ".zh-TW" for the Chinese builds. */
  handlerPage: (suffix) => `commands${suffix}.html`,
  handlerScript: (suffix) => `launchevent${suffix}.js`,
};

/** Mailbox requirement sets: any Outlook may open the pane; the button needs 1.8; Smart Alerts 1.12. */
const MAILBOX = { base: "1.1", commands: "1.8", sendEvent: "1.12" };

const IDS = {
  tab: "TabDefault",
  group: "mpComposeGroup",
  /** The Smart Alerts commandId (src/launchevent): the dialog's button opens the pane through it. */
  button: "mpOpenPaneButton",
  handler: "onMessageSendHandler",
};

const ICONS = {
  /** Ribbon button sizes (XML <Icon>, unified group and control icons). */
  ribbon: [16, 32, 80],
  /** XML IconUrl / HighResolutionIconUrl, and the unified manifest's alternateIcons. */
  store: { icon: 64, highResolution: 128 },
  /** Files in the app package (assets/make-manifest-icons.cjs draws them). */
  color: "color-192.png",
  outline: "outline-32.png",
  accentColor: "#0F6CBD",
};

const SEND_MODES = ["SoftBlock", "PromptUser"];

/**
 * SendMode for both manifests, from the policy the Send handler reads (enforcement.sendMode).
 * Outlook reads it from the manifest, not at run time: changing it means a rebuild, a higher
 * VERSION and a new upload.
 */
function sendModeFromPolicy(policyDir) {
  const file = path.join(policyDir, "policy.effective.json");
  if (!fs.existsSync(file)) return "SoftBlock";
  let compiled;
  try {
    compiled = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${file} is not valid JSON (${error.message}); run mail-preflight policy compile again.`);
  }
  const mode = compiled && compiled.policy && compiled.policy.enforcement ? compiled.policy.enforcement.sendMode : undefined;
  if (mode === undefined) return "SoftBlock";
  if (!SEND_MODES.includes(mode)) {
    throw new Error(`enforcement.sendMode in ${file} is "${mode}"; use one of ${SEND_MODES.join(", ")}.`);
  }
  return mode;
}

/** "1.0.2" → "1.0.2.0", the four-part form manifest.xml needs. */
function xmlVersion(version = VERSION) {
  return `${version}.0`;
}

module.exports = {
  DEV_BASE_URL,
  VERSION,
  XML_ADDIN_ID,
  UNIFIED_APP_ID,
  PROVIDER,
  TEXT,
  HANDLER_LOCALES,
  TEXT_LOCALES,
  PAGES,
  MAILBOX,
  IDS,
  ICONS,
  SEND_MODES,
  sendModeFromPolicy,
  xmlVersion,
};
