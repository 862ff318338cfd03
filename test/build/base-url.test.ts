import { resolveBaseUrl, rewriteUrls } from "./build-helpers";

describe("production base URL", () => {
  it("defaults to the dev server", () => {
    expect(resolveBaseUrl(undefined)).toBe("https://localhost:3000/");
    expect(resolveBaseUrl("")).toBe("https://localhost:3000/");
  });

  it("adds the trailing slash and keeps a path", () => {
    expect(resolveBaseUrl("https://mail-preflight.example.com")).toBe("https://mail-preflight.example.com/");
    expect(resolveBaseUrl("https://cdn.example.com/addins/preflight/")).toBe("https://cdn.example.com/addins/preflight/");
  });

  it.each([
    ["http://mail-preflight.example.com/", /must use https/],
    ["mail-preflight.example.com", /is not a URL/],
    ["https://example.com/?v=1", /must not contain a query/],
    ["https://user:pw@example.com/", /credentials/],
  ])("rejects %s clearly", (value, message) => {
    expect(() => resolveBaseUrl(value)).toThrow(message);
  });

  it("rewrites every dev URL", () => {
    const text = '<IconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/><x y="https://localhost:3000/taskpane.html"/>';
    expect(rewriteUrls(text, "https://prod.example.com/")).toBe(
      '<IconUrl DefaultValue="https://prod.example.com/assets/icon-64.png"/><x y="https://prod.example.com/taskpane.html"/>',
    );
  });
});
