/**
 * What the build feeds the manifests besides the source: the policy's send mode and the base
 * URL, including the well-known file that must sit at the host's root whatever path baseUrl has.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { resolveBaseUrl } from "./build-helpers";
import { SOURCE, UNIFIED } from "../manifest/unified-helpers";

describe("send mode from the policy", () => {
  let dir = "";
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "mp-policy-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (text: string) => fs.writeFileSync(path.join(dir, "policy.effective.json"), text);

  it("reads enforcement.sendMode from policy.effective.json", () => {
    write(JSON.stringify({ policy: { enforcement: { sendMode: "PromptUser" } } }));
    expect(SOURCE.sendModeFromPolicy(dir)).toBe("PromptUser");
  });

  it("uses SoftBlock, Microsoft's default, without a compiled policy or without the field", () => {
    expect(SOURCE.sendModeFromPolicy(dir)).toBe("SoftBlock");
    write(JSON.stringify({ policy: { enforcement: {} } }));
    expect(SOURCE.sendModeFromPolicy(dir)).toBe("SoftBlock");
  });

  it("stops the build on a mode Outlook would not take, or a file that is not JSON", () => {
    write(JSON.stringify({ policy: { enforcement: { sendMode: "Block" } } }));
    expect(() => SOURCE.sendModeFromPolicy(dir)).toThrow(/enforcement.sendMode in .* is "Block"; use one of SoftBlock, PromptUser/);
    write("{ not json");
    expect(() => SOURCE.sendModeFromPolicy(dir)).toThrow(/is not valid JSON .*policy compile again/);
  });

  it("reads the project's own policy", () => {
    expect(SOURCE.SEND_MODES).toContain(SOURCE.sendModeFromPolicy(path.join(__dirname, "..", "..", "policy")));
  });
});

describe("well-known file and base URL", () => {
  it("lists the handler files under the base URL's path, for the host's root", () => {
    const base = resolveBaseUrl("https://cdn.example.com/addins/preflight");
    expect(UNIFIED.allowedScripts(base).allowed).toEqual([
      "https://cdn.example.com/addins/preflight/launchevent.js",
      "https://cdn.example.com/addins/preflight/launchevent.zh-CN.js",
      "https://cdn.example.com/addins/preflight/launchevent.zh-TW.js",
    ]);
  });
});
