/** @jest-environment jsdom */
import { parseInline, parseMarkdown, renderMarkdown } from "../../src/preview/markdown";

describe("Smart Alerts markdown subset", () => {
  it("splits bold runs and keeps an unmatched ** as written", () => {
    expect(parseInline("a **b** c")).toEqual([
      { text: "a ", bold: false },
      { text: "b", bold: true },
      { text: " c", bold: false },
    ]);
    expect(parseInline("2 ** 3")).toEqual([{ text: "2 ** 3", bold: false }]);
  });

  it("groups paragraphs by blank lines and bullets into one list", () => {
    const blocks = parseMarkdown("Please fix:\r\n\n- **report.exe** is blocked\n* li@163.con\n• third\n\nThanks\nIT");
    expect(blocks.map((b) => b.kind)).toEqual(["paragraph", "list", "paragraph"]);
    expect(blocks[1]).toMatchObject({ kind: "list", items: [[{ text: "report.exe", bold: true }, { text: " is blocked" }], [{ text: "li@163.con" }], [{ text: "third" }]] });
    expect(blocks[2]).toMatchObject({ kind: "paragraph", lines: [[{ text: "Thanks" }], [{ text: "IT" }]] });
  });

  it("renders as DOM text: markup in the message never becomes elements", () => {
    const host = document.createElement("div");
    host.append(renderMarkdown(document, "**<img src=x onerror=alert(1)>**\n\n- <script>x()</script>\n\nline one\nline two"));
    expect(host.querySelector("img")).toBeNull();
    expect(host.querySelector("script")).toBeNull();
    expect(host.querySelector("strong")?.textContent).toBe("<img src=x onerror=alert(1)>");
    expect(host.querySelector("ul li")?.textContent).toBe("<script>x()</script>");
    const last = host.querySelectorAll("p")[1];
    expect(last.querySelectorAll("br")).toHaveLength(1);
    expect(last.textContent).toBe("line oneline two");
  });

  it("renders nothing for an empty or blank message", () => {
    expect(renderMarkdown(document, " \n\n ").childNodes).toHaveLength(0);
  });
});
