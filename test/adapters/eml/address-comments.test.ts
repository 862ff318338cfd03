import { flattenNestedComments, mayNestComments } from "../../../src/adapters/eml/address-comments";
import { parseEml } from "../../../src/adapters/eml";

describe("flattenNestedComments", () => {
  it.each([
    "To: a@example.cn (Wang Fang), b@example.cn",
    'To: "x ((y))" <a@example.cn>', // parentheses inside quotes are text
    "To: a@example.cn (a \\( b)", // an escaped parenthesis inside a comment
    "To: a@example.cn (unclosed ((", // postal-mime's reading of a broken comment is kept
    "Subject: ((not an address field))",
  ])("leaves %j as it is", (field) => {
    expect(flattenNestedComments(field)).toBe(field);
  });

  it("makes the inner parentheses of a comment spaces, so it ends where the sender closed it", () => {
    expect(flattenNestedComments("To: harley@argote.ch ((Robert Harley))")).toBe("To: harley@argote.ch ( Robert Harley )");
    expect(flattenNestedComments("Cc: a@b.cn (x (y (z)) w), c@d.cn")).toBe("Cc: a@b.cn (x  y  z   w), c@d.cn");
  });

  it("spots a comment within a comment from the field's bytes", () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    expect(mayNestComments(bytes("To: a@b.cn ((x))"))).toBe(true);
    expect(mayNestComments(bytes("To: a@b.cn (x), c@d.cn (y)"))).toBe(false);
  });
});

describe("a nested comment in a real message's To", () => {
  it("gives the address without the second ')' (SpamAssassin easy ham 00495 writes it so)", async () => {
    const eml = "From: s@example.cn\r\nTo: harley@argote.ch ((Robert Harley))\r\nCc: fork@example.org\r\nSubject: Re: The Big Jump\r\n\r\nbody\r\n";
    const result = await parseEml(new TextEncoder().encode(eml));
    if (!result.ok) throw new Error(result.error);
    expect(result.snapshot.recipients).toEqual([
      { field: "to", address: "harley@argote.ch", displayName: "Robert Harley" },
      { field: "cc", address: "fork@example.org", displayName: "" },
    ]);
  });
});
