/** @jest-environment jsdom */
import { DEFAULT_POLICY } from "../../src/engine/policy/defaults";
import { runRules } from "../../src/engine/run";
import { decide } from "../../src/launchevent/send-check";
import { parseInline, parseMarkdown, renderMarkdown } from "../../src/preview/markdown";
import { RULES } from "../../src/rules";
import { file, makeSnapshot, to } from "../helpers/snapshot";

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

describe("what the real Send decision writes", () => {
  it("backslash escapes stay literal characters, never markup", () => {
    expect(parseInline("a\\*\\*b\\*\\* \\<img\\> c\\_d \\\\ e\\q")).toEqual([{ text: "a**b** <img> c_d \\ e\\q", bold: false }]);
    expect(parseInline("**x\\*y**")).toEqual([{ text: "x*y", bold: true }]);
  });

  it("renders the handler's markdown as the same words as its plain message", () => {
    const hostile = "<img src=x onerror=alert(1)>_[a]*b*.exe";
    const report = runRules(makeSnapshot({ subject: "s", recipients: [to("li.na@contoso.cn")], attachments: [file(hostile, 10)] }), DEFAULT_POLICY, RULES);
    const decision = decide(report, DEFAULT_POLICY.enforcement, "en-US", { commands: true, markdown: true });
    const host = document.createElement("div");
    host.append(renderMarkdown(document, decision.errorMessageMarkdown ?? ""));
    expect(host.querySelector("img")).toBeNull();
    const shown = Array.from(host.querySelectorAll("p, li"), (n) => n.textContent);
    const plain = (decision.errorMessage ?? "").split("\n").map((line) => line.replace(/^• /, ""));
    expect(shown).toEqual(plain);
    expect(host.querySelector("strong")?.textContent).toBe(plain[0]);
    expect(host.querySelector("li")?.textContent).toContain(hostile);
  });
});
