import fs from "node:fs";
import path from "node:path";
import { LOCALES } from "../../src/engine/rule";
import { GUIDES, GUIDE_IDS, GUIDE_SECTIONS, formatRef, describeRef } from "../../src/manual/guides";
import { REMEDY_LIST } from "../../src/manual/remedies";
import { HELP_TOPICS } from "../../src/manual/help";
import type { ManualRef } from "../../src/manual/types";

const MANUAL_DIR = path.resolve(__dirname, "../../../shared/manual");

const citations: [string, ManualRef][] = [
  ...REMEDY_LIST.flatMap((r) => r.sources.map((s) => [`remedy ${r.id}`, s] as [string, ManualRef])),
  ...HELP_TOPICS.flatMap((t) => t.sources.map((s) => [`help ${t.id}`, s] as [string, ManualRef])),
];

/**
 * Whether the guide file shows the section's numbering where the citation says. Sections the
 * published text lost a heading for (A's first one) or never numbers (C's checklist) pass.
 */
function numberedIn(text: string, ref: ManualRef): boolean {
  const { guide, section } = ref;
  if (guide === "E") return text.includes(`### ${section}`);
  if (guide === "C") return section === "排查" || text.includes(`\n${section.slice(2)}. `);
  if (guide === "A") return section === "一.1" || !section.startsWith("一.") || text.includes(`### ${section.slice(2)}. `);
  if (guide === "D") return /^1\.[1-5]$|^2$/.test(section);
  const m = /^([一二三四五六])(?:\(([一二三四五六])\)|Q(\d))?/.exec(section);
  if (!m) return false;
  const chapter = text.indexOf(`\n${m[1]}、`);
  if (chapter < 0) return false;
  const rest = text.slice(chapter);
  if (m[2]) return rest.includes(`(${m[2]})`);
  if (m[3]) return new RegExp(`Q${m[3]}[:：]`).test(rest);
  return true;
}

describe("guides and citations", () => {
  it("names every guide in all three locales", () => {
    expect(Object.keys(GUIDES).sort()).toEqual([...GUIDE_IDS].sort());
    for (const id of GUIDE_IDS) for (const locale of LOCALES) expect(GUIDES[id][locale].trim()).not.toBe("");
    expect(GUIDES.A).toEqual({ "zh-CN": "公司邮箱无法发送", "zh-TW": "公司郵箱無法發送", "en-US": "Company mailbox cannot send" });
  });

  it.each(citations.map(([label, ref]) => [label, formatRef(ref), ref] as const))("%s cites %s, a section that exists", (_label, _f, ref) => {
    expect(GUIDE_IDS).toContain(ref.guide);
    expect(ref.section.trim()).not.toBe("");
    expect(GUIDE_SECTIONS[ref.guide]).toContain(ref.section);
  });

  it("cites each guide at least once", () => {
    expect(new Set(citations.map(([, ref]) => ref.guide))).toEqual(new Set(GUIDE_IDS));
  });

  it("finds the cited sections' numbering in the guide files", () => {
    if (!fs.existsSync(MANUAL_DIR)) throw new Error(`The company mail manual was not found at ${MANUAL_DIR}`);
    const files = fs.readdirSync(MANUAL_DIR);
    const text = (guide: string) => fs.readFileSync(path.join(MANUAL_DIR, files.find((f) => f.startsWith(`${guide}-`))!), "utf8");
    const missing = citations.filter(([, ref]) => !numberedIn(text(ref.guide), ref)).map(([, ref]) => formatRef(ref));
    expect(missing).toEqual([]);
    // The check can fail: sections the guides do not have.
    expect(numberedIn(text("E"), { guide: "E", section: "9.9" })).toBe(false);
    expect(numberedIn(text("B"), { guide: "B", section: "六Q7" })).toBe(false);
    expect(numberedIn(text("C"), { guide: "C", section: "原因9" })).toBe(false);
  });

  it("formats citations for people", () => {
    const ref = { guide: "B", section: "三(二)1" } as const;
    expect(formatRef(ref)).toBe("B §三(二)1");
    expect(describeRef(ref, "zh-TW")).toBe("《企業郵箱異常處理流程手冊》§三(二)1");
    expect(describeRef(ref, "en-US")).toBe('"Enterprise mail incident handbook" §三(二)1');
  });
});
