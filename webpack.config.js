// Three bundles: the web pages (task pane, preview), the Smart Alerts handler (ES2016, no DOM,
// one file for classic Outlook's JS-only runtime) and the `mail-preflight` CLI for Node.
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { DEV_BASE_URL, sendModeFromPolicy } = require("./addin-manifest/source.cjs");
const { rewriteUrls, renderXmlManifest, ManifestsPlugin } = require("./addin-manifest/build.cjs");

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const PREVIEW_PORT = 3000;

/**
 * The production URL the add-in is hosted at. Admins pass it at build time so nobody edits
 * manifest.xml by hand; a wrong value must stop the build, not ship a broken manifest.
 */
function resolveBaseUrl(value) {
  if (value === undefined || value === "") return DEV_BASE_URL;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`baseUrl "${value}" is not a URL. Use e.g. --env baseUrl=https://mail-preflight.example.com/`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`baseUrl "${value}" must use https:// (Outlook loads add-ins over HTTPS only).`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`baseUrl "${value}" must not contain a query, fragment or credentials.`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

const LOCALES = ["zh-CN", "zh-TW", "en-US"];
/** The handler ships once per UI language: `launchevent.js` (en-US, the manifest default) and one suffixed file per Chinese locale. */
const HANDLER_BUILDS = [
  { locale: "en-US", suffix: "" },
  { locale: "zh-CN", suffix: ".zh-CN" },
  { locale: "zh-TW", suffix: ".zh-TW" },
];

/**
 * Babel plugin for the handler bundles: in every `{ "zh-CN": …, "zh-TW": …, "en-US": … }` literal
 * keep only `locale` (and none for a rule's description). Two thirds of the handler's bytes are
 * message texts, and classic Outlook downloads the handler at every Send; one language per file
 * keeps it under its 40 KB budget.
 */
function keepOnlyLocale(locale) {
  const keyOf = (p) => (p.type === "ObjectProperty" && !p.computed && p.key.type === "StringLiteral" ? p.key.value : null);
  return () => ({
    name: "keep-only-locale",
    visitor: {
      ObjectExpression(path) {
        const keys = path.node.properties.map(keyOf);
        if (keys.length !== LOCALES.length || !LOCALES.every((l) => keys.includes(l))) return;
        // A rule's `description` is for the pane's lists and the CLI; the handler never shows it.
        const parent = path.parent;
        const isDescription = parent.type === "ObjectProperty" && !parent.computed && parent.key.type === "Identifier" && parent.key.name === "description";
        path.node.properties = isDescription ? [] : path.node.properties.filter((p) => keyOf(p) === locale);
      },
      // A rule's remedy is for the pane and the CLI (at Send the pane, via commandId, shows it);
      // its option schemas are for the policy schema; whether it offers fixes is for the tests
      // and the pane; what it needs only matters to this build.
      ObjectProperty(path) {
        const key = path.node.key;
        if (path.node.computed || key.type !== "Identifier" || !HANDLER_DROPPED_META.has(key.name)) return;
        const names = path.parent.properties.map((p) => (p.type === "ObjectProperty" && p.key.type === "Identifier" ? p.key.name : ""));
        if (names.includes("defaultSeverity") && names.includes("messages")) path.remove();
      },
    },
  });
}

/** The free name the handler's code calls instead of `?:`; ProvidePlugin supplies it. */
const CHOOSE = "__mpChoose";

/**
 * Babel plugin for the handler bundles: `a ? b : c` becomes `__mpChoose(a, () => b, () => c)`
 * (src/launchevent/choose.ts), in our code, in the dependencies and in what Babel itself writes
 * when it lowers `?.`, `??` and default values (those nodes pass through this visitor too).
 * Arrow functions keep `this` and `arguments`, so only the chosen branch runs, as before. A branch
 * that awaits or yields cannot move into a function: it keeps its operator, and the build test
 * counts what remains.
 */
function noConditionalOperator({ types: t }) {
  const pauses = (path) => {
    let found = false;
    path.traverse({
      AwaitExpression(inner) {
        found = true;
        inner.stop();
      },
      YieldExpression(inner) {
        found = true;
        inner.stop();
      },
      Function(inner) {
        inner.skip(); // a nested function's own await or yield is its own business
      },
    });
    return found;
  };
  return {
    name: "no-conditional-operator",
    visitor: {
      ConditionalExpression: {
        exit(path) {
          if (pauses(path)) return;
          const { test, consequent, alternate } = path.node;
          path.replaceWith(t.callExpression(t.identifier(CHOOSE), [test, t.arrowFunctionExpression([], consequent), t.arrowFunctionExpression([], alternate)]));
        },
      },
    },
  };
}

const HANDLER_DROPPED_META = new Set(["remedyId", "optionsSchema", "needs", "hasSuggestions"]);

/**
 * The rules the Send handler leaves out (see src/launchevent/unavailable-rule.ts): those whose
 * meta declares `needs` (archive listings, DNS answers), which the handler never gathers. Read
 * from the rule files' text, since this config cannot load TypeScript; test/build checks the
 * result against the rules' meta.
 */
function handlerUnavailableRules(rulesDir = path.resolve(__dirname, "src/rules")) {
  const ids = fs
    .readdirSync(rulesDir)
    .filter((file) => file.endsWith(".ts") && file !== "index.ts")
    .filter((file) => /^\s*needs: \[\s*"/m.test(fs.readFileSync(path.join(rulesDir, file), "utf8")))
    .map((file) => file.replace(/\.ts$/, ""));
  return new RegExp(`^\\./(${ids.join("|")})$`);
}
const HANDLER_UNAVAILABLE_RULES = handlerUnavailableRules();

function babelRule(targets, plugins = []) {
  return {
    test: /\.[cm]?[jt]sx?$/,
    // The handler bundle also transpiles dependencies: they ship ES2018+ syntax.
    exclude: targets === "modern" ? /node_modules/ : /node_modules[\\/](core-js|webpack)[\\/]/,
    use: {
      loader: "babel-loader",
      options: {
        babelrc: false,
        configFile: false,
        presets: [
          ["@babel/preset-env", { targets: targets === "modern" ? "defaults and supports es6-module" : { chrome: "54" }, bugfixes: true }],
          ["@babel/preset-react", { runtime: "automatic" }],
          "@babel/preset-typescript",
        ],
        plugins,
        // Spread and class fields as plain assignments: no helper copies in every module. Our
        // code never relies on the spec's define-vs-set difference (no setters on these objects).
        assumptions: { setSpreadProperties: true, setPublicClassFields: true, noDocumentAll: true, pureGetters: true },
      },
    },
  };
}

const resolve = { extensions: [".ts", ".tsx", ".js", ".mjs"] };

function pages(env, mode, baseUrl, sendMode) {
  const production = mode === "production";
  // 'wasm-unsafe-eval' lets the pane compile 7-Zip's WebAssembly (fetched from our own origin,
  // connect-src 'self'); it allows no eval of JavaScript.
  const csp = (scriptSrc) =>
    `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${scriptSrc}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'`;
  return {
    name: "pages",
    mode,
    devtool: production ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      "office-sim": "./src/preview/office-sim/bridge.ts",
      preview: "./src/preview/index.ts",
    },
    // The task pane loads its later parts (rules, remedies, Help, Policy) as "pane.<name>.js":
    // never a bare "<number>.js", which is how a stray chunk of the Send handler would look.
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", chunkFilename: "pane.[name].js", clean: false },
    // 7z-wasm's loader imports Node's "module" only when it runs in Node; the pane never does.
    resolve: { ...resolve, fallback: { module: false } },
    module: { rules: [babelRule("modern")] },
    plugins: [
      new webpack.DefinePlugin({ __BASE_URL__: JSON.stringify(baseUrl) }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        officeJs: OFFICE_JS,
        // Office.js's Outlook scripts (outlook-web-16.01.js, outlook-win32-*.js) load MicrosoftAjax.js
        // from ajax.aspnetcdn.com unless it is already there; blocked, Office.onReady never answers
        // (OfficeDev/office-js#4131, #5733). Its telemetry frame (oaspapps.com) stays blocked.
        csp: csp("https://appsforoffice.microsoft.com https://ajax.aspnetcdn.com"),
      }),
      // The same task pane bundle, with the simulated Office.js from the preview page instead of
      // Microsoft's CDN (unreachable offline, and the preview must run without Outlook).
      new HtmlWebpackPlugin({
        filename: "preview-taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["office-sim", "taskpane"],
        chunksSortMode: "manual",
        officeJs: "",
        csp: csp(""),
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
        csp: csp(""),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => renderXmlManifest(content.toString(), { baseUrl, sendMode }) },
          { from: "policy/policy.json", to: "policy.json", noErrorOnMissing: true },
          // The Send handler's copy (mail-preflight policy compile); a test keeps it in step.
          { from: "policy/policy.effective.json", to: "policy.effective.json", noErrorOnMissing: true },
          { from: "policy/policy.schema.json", to: "policy.schema.json", noErrorOnMissing: true },
          // The schema's rules section (generated from the rules' meta), which it $refs.
          { from: "policy/rules.generated.json", to: "rules.generated.json", noErrorOnMissing: true },
        ],
      }),
      // manifest.json, its localization files, the app package zip and the well-known file.
      new ManifestsPlugin({ baseUrl, sendMode }),
    ],
    devServer: devServer(env),
    performance: { hints: false },
  };
}

function launchevent(mode, baseUrl, { locale, suffix }) {
  return {
    name: `launchevent${suffix}`,
    mode,
    devtool: false,
    // ES2016 output: classic Outlook on Windows before build 2403 cannot parse newer syntax.
    target: ["web", "es2016"],
    entry: { [`launchevent${suffix}`]: "./src/launchevent/launchevent.ts" },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js" },
    resolve,
    // Object spread as a plain Object.assign call (ES2015, in every runtime we target) instead of
    // a copy of Babel's _extends helper in each module that spreads: a dozen copies otherwise.
    module: { rules: [babelRule("es2016", [keepOnlyLocale(locale), ["@babel/plugin-transform-object-rest-spread", { useBuiltIns: true }], noConditionalOperator])] },
    optimization: {
      // One self-contained file: the JS-only runtime cannot load chunks.
      splitChunks: false,
      runtimeChunk: false,
      // Microsoft's "Troubleshoot event-based and spam-reporting add-ins" (checked 2026-12) still says
      // the conditional operator "will prevent your add-in from loading" in classic Outlook before
      // Version 2403, while its own Smart Alerts samples simply write if/else. So terser must not
      // write `?:` itself (`conditionals`, its only compress option that makes them: with it the
      // file had 270, without it 199, and an unminified build has 211, so the minifier now adds
      // none). Those left are in our source and in Babel's lowering of `?.` and `??`;
      // production-build.test.ts counts them so the number can only go down. hoist_funs,
      // hoist_vars and reduce_funcs pay for the extra bytes; pure_getters is the Babel
      // assumption above (no getter in our code has side effects).
      minimizeOptions: { javascript: { compress: { passes: 2, conditionals: false, hoist_funs: true, reduce_funcs: false, hoist_vars: true, pure_getters: true } } },
    },
    plugins: [
      // Rules that read archive listings or DNS answers, which the handler never gathers.
      new webpack.NormalModuleReplacementPlugin(HANDLER_UNAVAILABLE_RULES, path.resolve(__dirname, "src/launchevent/unavailable-rule.ts")),
      new webpack.DefinePlugin({ __BASE_URL__: JSON.stringify(baseUrl), __HANDLER_LOCALE__: JSON.stringify(locale) }),
      new webpack.ProvidePlugin({ [CHOOSE]: [path.resolve(__dirname, "src/launchevent/choose.ts"), "choose"] }),
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      new HtmlWebpackPlugin({
        filename: `commands${suffix}.html`,
        template: "./src/launchevent/commands.html",
        chunks: [`launchevent${suffix}`],
        officeJs: OFFICE_JS,
        lang: locale,
      }),
    ],
    performance: { hints: false },
  };
}

function cli(mode) {
  return {
    name: "cli",
    mode,
    devtool: false,
    // Node, with every dependency bundled: dist/cli.js runs on its own, without node_modules.
    target: "node",
    // `--jobs`: the check worker (loaded by piscina by file name, so it exports its handler as
    // module.exports) and piscina's own thread script, which piscina looks for as worker.js next
    // to itself. __dirname stays Node's own, so both are found next to dist/cli.js.
    entry: {
      cli: "./src/cli/index.ts",
      "check-worker": { import: "./src/cli/check-worker.ts", library: { type: "commonjs2", export: "default" } },
      worker: path.resolve(__dirname, "node_modules/piscina/dist/worker.js"),
    },
    node: { __dirname: false, __filename: false },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js" },
    resolve,
    module: { rules: [babelRule("modern")] },
    plugins: [
      new webpack.BannerPlugin({ banner: "#!/usr/bin/env node", raw: true, entryOnly: true, include: "cli.js" }),
      // piscina's optional native helper for thread priorities (niceIncrement, unused here): it
      // loads a platform binary, which cannot be bundled; piscina runs on without it.
      new webpack.IgnorePlugin({ resourceRegExp: /^@napi-rs\/nice$/ }),
    ],
    // piscina's worker loads the handler by a file name known only at run time, by design.
    ignoreWarnings: [{ module: /piscina[\\/]dist[\\/]worker\.js$/, message: /Critical dependency/ }],
    performance: { hints: false },
  };
}

function devServer(env) {
  const headers = { "Access-Control-Allow-Origin": "*" };
  if (env.preview) {
    // The preview is plain http on localhost: Chromium ignores the system CA store, and the
    // preview talks to no Office host, so it needs no certificate.
    return {
      host: "localhost",
      port: PREVIEW_PORT,
      server: "http",
      headers,
      hot: false,
      liveReload: false,
      client: false,
      open: false,
      static: false,
      onListening: () => {
        console.log(`\nMail Preflight preview: http://localhost:${PREVIEW_PORT}/preview.html\n`);
      },
    };
  }
  return {
    port: PREVIEW_PORT,
    headers,
    static: false,
    // The certificate is filled in by the exported function (it is created asynchronously).
    server: { type: "https" },
  };
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode === "production" ? "production" : "development";
  const baseUrl = resolveBaseUrl(env.baseUrl ?? process.env.MAIL_PREFLIGHT_BASE_URL);
  // SendMode lives in the manifests, so the build takes it from the policy (a rebuild to change).
  const sendMode = sendModeFromPolicy(path.join(__dirname, "policy"));
  const config = [pages(env, mode, baseUrl, sendMode), ...HANDLER_BUILDS.map((build) => launchevent(mode, baseUrl, build)), cli(mode)];
  if (env.WEBPACK_SERVE && !env.preview) {
    config[0].devServer.server.options = await require("office-addin-dev-certs").getHttpsServerOptions();
  }
  return config;
};
module.exports.resolveBaseUrl = resolveBaseUrl;
module.exports.rewriteUrls = rewriteUrls;
module.exports.keepOnlyLocale = keepOnlyLocale;
module.exports.HANDLER_UNAVAILABLE_RULES = HANDLER_UNAVAILABLE_RULES;
