/** The pane notices when the Send check's copy of the policy was not recompiled. */
import { checkSendCopy } from "../../../src/adapters/policy/pane";
import { DEFAULT_POLICY } from "../../../src/engine/policy/defaults";
import { effectivePolicyFile, sourceHash } from "../../../src/engine/policy/effective";
import type { LoadedPolicy } from "../../../src/ports/host";

const URL = "https://addin.example.cn/policy.json";
const COPY = "https://addin.example.cn/policy.effective.json";
const TEXT = '{"internalDomains": ["contoso.cn"]}';
const hosted: LoadedPolicy = { policy: DEFAULT_POLICY, source: { kind: "hosted", url: URL, fetchedAt: 1 } };
const copyOf = (text: string) => JSON.stringify(effectivePolicyFile(text, DEFAULT_POLICY));

describe("checkSendCopy", () => {
  it("says nothing when the copy was compiled from this policy.json", async () => {
    expect(await checkSendCopy(hosted, sourceHash(TEXT), COPY, Promise.resolve({ status: 200, text: copyOf(TEXT) }))).toBe(hosted);
  });

  it.each([
    ["compiled from another version", { status: 200, text: copyOf('{"internalDomains": []}') }],
    ["missing", { status: 404, text: "" }],
    ["not a compiled policy", { status: 200, text: TEXT }],
  ])("reports a copy that is %s", async (_name, answer) => {
    const checked = await checkSendCopy(hosted, sourceHash(TEXT), COPY, Promise.resolve(answer));
    expect(checked.problem).toEqual({ kind: "sendCopyStale", url: URL, sendCopyUrl: COPY });
    expect(checked.policy).toBe(hosted.policy);
  });

  it("reports a hand-edited copy whose values the Send check cannot use: there the defaults apply", async () => {
    const data = JSON.parse(copyOf(TEXT));
    data.policy.enforcement.deadlineMs = "3000ms";
    const checked = await checkSendCopy(hosted, sourceHash(TEXT), COPY, Promise.resolve({ status: 200, text: JSON.stringify(data) }));
    expect(checked.policy).toBe(hosted.policy);
    expect(checked.problem).toMatchObject({ kind: "invalid", url: COPY, errors: [{ path: "enforcement.deadlineMs", code: "type", message: "must be a whole number" }] });
  });

  it("leaves other problems, the defaults and an unreachable copy alone", async () => {
    const missing = Promise.resolve({ status: 404, text: "" });
    const invalid: LoadedPolicy = { policy: DEFAULT_POLICY, source: { kind: "defaults" }, problem: { kind: "invalid", url: URL, errors: [] } };
    expect(await checkSendCopy(invalid, "x", COPY, missing)).toBe(invalid);
    const defaults: LoadedPolicy = { policy: DEFAULT_POLICY, source: { kind: "defaults" } };
    expect(await checkSendCopy(defaults, "x", COPY, missing)).toBe(defaults);
    expect(await checkSendCopy(hosted, "x", COPY, Promise.reject(new Error("offline")))).toBe(hosted);
  });
});
