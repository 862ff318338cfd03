// The build's side of the manifests: manifest.xml with the production URL and the policy's send
// mode, and a webpack plugin that emits manifest.json, its localization files, the app package
// and the well-known file next to the pages.
const fs = require("fs");
const path = require("path");
const S = require("./source.cjs");
const U = require("./unified.cjs");

/** Rewrites every dev URL in a copied text file (manifest, pages) to the production base URL. */
function rewriteUrls(text, baseUrl) {
  return text.split(S.DEV_BASE_URL).join(baseUrl);
}

const SEND_MODE_ATTRIBUTE = /\bSendMode="([^"]*)"/g;

/** manifest.xml as shipped: production URLs and the policy's SendMode. */
function renderXmlManifest(text, { baseUrl, sendMode }) {
  const found = text.match(SEND_MODE_ATTRIBUTE) ?? [];
  // One OnMessageSend event: anything else means the manifest changed shape and this rewrite
  // would silently miss (or double) it.
  if (found.length !== 1) throw new Error(`manifest.xml should have exactly one SendMode attribute, found ${found.length}.`);
  if (!S.SEND_MODES.includes(sendMode)) throw new Error(`Unknown send mode "${sendMode}".`);
  return rewriteUrls(text, baseUrl).replace(SEND_MODE_ATTRIBUTE, `SendMode="${sendMode}"`);
}

const ASSETS = path.join(__dirname, "..", "assets");

class ManifestsPlugin {
  constructor({ baseUrl, sendMode, assetsDir = ASSETS }) {
    this.baseUrl = baseUrl;
    this.sendMode = sendMode;
    this.assetsDir = assetsDir;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("ManifestsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "ManifestsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const emit = (name, content) => compilation.emitAsset(name, new sources.RawSource(content));
        const files = U.unifiedFiles({ baseUrl: this.baseUrl, sendMode: this.sendMode });
        for (const [name, json] of Object.entries(files)) emit(name, `${JSON.stringify(json, null, 2)}\n`);
        const icons = {};
        for (const name of [S.ICONS.color, S.ICONS.outline]) {
          const file = path.join(this.assetsDir, name);
          compilation.fileDependencies.add(file);
          icons[name] = fs.readFileSync(file);
        }
        emit(U.PACKAGE_NAME, Buffer.from(U.appPackage(files, icons)));
        emit(U.WELL_KNOWN, `${JSON.stringify(U.allowedScripts(this.baseUrl), null, 2)}\n`);
      });
    });
  }
}

module.exports = { rewriteUrls, renderXmlManifest, ManifestsPlugin };
