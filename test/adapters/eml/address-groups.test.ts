import { flattenDeepGroups } from "../../../src/adapters/eml/address-groups";
import { parseEml } from "../../../src/adapters/eml";

describe("flattenDeepGroups", () => {
  it.each([
    "To: a@example.cn, b@example.cn",
    "To: Team: a@example.cn, b@example.cn;",
    "To: Outer: Inner: a@example.cn; b@example.cn;",
    'To: "Re: 10:00 meeting: notes" <a@example.cn>',
    "To: (note: a: b: c) a@example.cn",
    "Subject: a: b: c: d",
    "X-Any: a: b: c: d",
  ])("leaves %j as it is", (field) => {
    expect(flattenDeepGroups(field)).toBe(field);
  });

  it("turns the colons of a third level of groups into spaces", () => {
    expect(flattenDeepGroups("To: A: B: C: D: x@example.cn;")).toBe("To: A: B: C  D  x@example.cn;");
    expect(flattenDeepGroups("Cc: A: B: \"q: r\" <x@example.cn>;")).toBe('Cc: A: B: "q  r" <x@example.cn>;');
  });

  it("reads quotes with escapes as postal-mime does", () => {
    expect(flattenDeepGroups('To: "a\\": b: c: d" <x@example.cn>')).toBe('To: "a\\": b: c: d" <x@example.cn>');
  });
});

describe("deeply nested groups in a message", () => {
  it("keeps every recipient", async () => {
    const result = await parseEml(new TextEncoder().encode("From: s@example.cn\r\nTo: A: B: C: D: x@example.cn, y@example.cn;\r\nSubject: s\r\n\r\nbody\r\n"));
    if (!result.ok) throw new Error(result.error);
    expect(result.snapshot.recipients.map((r) => r.address)).toEqual(["x@example.cn", "y@example.cn"]);
  });
});
