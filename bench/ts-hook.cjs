// Lets the benchmarks load the TypeScript sources directly (type-stripping only, like ts-jest
// with isolatedModules), so `npm run bench` needs no build step.
const fs = require("node:fs");
const ts = require("typescript");

for (const ext of [".ts", ".tsx"]) {
  require.extensions[ext] = (module, filename) => {
    const { outputText } = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2020,
        esModuleInterop: true,
        jsx: ts.JsxEmit.ReactJSX,
      },
    });
    module._compile(outputText, filename);
  };
}
