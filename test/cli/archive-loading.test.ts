/**
 * 7-Zip (a 1.6 MB WebAssembly module, compiled once per process or worker) is loaded only for a
 * message with an archive other than a zip of zips; all other messages are checked without it,
 * and a message that needs it is read again once it is there.
 */
import { strToU8, zipSync } from "fflate";
import { runTask } from "../../src/cli/check-task";
import { DEFAULT_POLICY } from "../../src/engine/policy/defaults";
import { buildArchive } from "../archive/build-archives";
import { exampleEml } from "../helpers/rule-examples";

const loads: string[] = [];
jest.mock("../../src/cli/archives", () => {
  const actual = jest.requireActual<typeof import("../../src/cli/archives")>("../../src/cli/archives");
  return { ...actual, archiveLister: () => (loads.push("7-Zip"), actual.archiveLister()) };
});

const PROGRAM = strToU8("MZ harmless test payload");

async function check(attachments: { name: string; bytes: Uint8Array }[]) {
  const result = await runTask({ name: "m.eml", kind: "eml", bytes: new TextEncoder().encode(exampleEml({ attachments })) }, DEFAULT_POLICY);
  if (!("report" in result)) throw new Error(result.error);
  return result.report;
}

beforeEach(() => loads.splice(0));

it("checks a message with no archive, or zips in a zip, without 7-Zip", async () => {
  expect((await check([{ name: "notes.txt", bytes: strToU8("hello") }])).verdict).toBe("pass");
  const zipped = await check([{ name: "tools.zip", bytes: zipSync({ "inner.zip": zipSync({ "setup.exe": PROGRAM }) }) }]);
  expect(zipped.findings.find((f) => f.ruleId === "attachment-archive-blocked-content")).toMatchObject({ data: { ext: "exe" } });
  expect(loads).toEqual([]);
});

it("loads 7-Zip for a 7z, or a 7z inside a zip, and lists it", async () => {
  const seven = await buildArchive("7z", { "bin/setup.exe": PROGRAM });
  for (const attachment of [{ name: "tools.7z", bytes: seven }, { name: "bundle.zip", bytes: zipSync({ "tools.7z": seven }) }]) {
    const report = await check([attachment]);
    expect(report.findings.find((f) => f.ruleId === "attachment-archive-blocked-content")).toMatchObject({ severity: "block", data: { ext: "exe" } });
    expect(report.notChecked).toEqual([]);
  }
  expect(loads).toEqual(["7-Zip", "7-Zip"]);
});
