// The check worker when the CLI runs from its TypeScript sources (the tests): worker threads do
// not inherit the test runner's compiler, so the sources are compiled here as they are required
// (type-stripping only). The built CLI uses dist/check-worker.js instead.
const fs = require("node:fs");
const ts = require("typescript");

for (const ext of [".ts", ".tsx"]) {
  require.extensions[ext] = (module, filename) => {
    const { outputText } = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
      fileName: filename,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true, resolveJsonModule: true },
    });
    module._compile(outputText, filename);
  };
}

module.exports = require("./check-worker.ts").default;
