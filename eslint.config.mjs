// ESLint 9 flat config. The pure folders get import and global restrictions so the engine keeps
// running in classic Outlook's JS-only runtime, in Node and in the browser.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import react from "eslint-plugin-react";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import { builtinModules } from "node:module";

const PURE = ["src/engine/**", "src/rules/**", "src/text/**", "src/archive/**", "src/manual/**", "src/check/**", "src/ports/**"];

const officeAddinRules = Object.fromEntries(Object.keys(officeAddins.rules).map((name) => [`office-addins/${name}`, "error"]));

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-results/**", "**/*.generated.js"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { react, "office-addins": officeAddins },
    languageOptions: { globals: { ...globals.browser, Office: "readonly", OfficeRuntime: "readonly" } },
    settings: { react: { version: "18" } },
    rules: {
      ...react.configs.recommended.rules,
      ...react.configs["jsx-runtime"].rules,
      ...officeAddinRules,
      "react/prop-types": "off",
      "react/no-danger": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/adapters/office/**", "src/taskpane/index.tsx", "src/launchevent/**", "src/preview/**"],
    rules: {
      "no-restricted-globals": ["error", { name: "Office", message: "Only src/adapters/office calls Office.js (and the boot files)." }],
    },
  },
  {
    files: PURE,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: builtinModules.map((name) => ({ name, message: "Pure code must not use Node built-ins." })),
          patterns: [
            { group: ["node:*"], message: "Pure code must not use Node built-ins." },
            { group: ["react", "react-*", "@fluentui/*"], message: "Pure code must not use React." },
            { group: ["office-*", "@microsoft/*"], message: "Only src/adapters/office calls Office.js." },
            { group: ["**/adapters/**", "**/taskpane/**", "**/preview/**", "**/launchevent/**", "**/cli/**"], message: "Pure code must not depend on shells." },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...["window", "document", "localStorage", "sessionStorage", "navigator", "fetch", "Office", "OfficeRuntime", "process", "Buffer", "require", "global", "XMLHttpRequest"].map(
          (name) => ({ name, message: `Pure code runs where "${name}" may not exist.` }),
        ),
      ],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}", "test/**", "bench/**"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: { "@typescript-eslint/no-require-imports": "off", "@typescript-eslint/no-explicit-any": "off" },
  },
);
