/** The whole report page from the counted data: pure, so tests render it without any files. */
import type { Locale } from "../../engine/rule";
import type { ReportData } from "./aggregate";
import type { CompareData } from "./compare";
import { compareSection } from "./compare-view";
import { page } from "./html";
import { REPORT_TEXT } from "./text";
import { domainSection, errorSection, exampleSection, notCheckedSection, ruleSection, sayer, sizeSection, verdictSection } from "./sections";

export interface RenderInput {
  readonly data: ReportData;
  /** The policy files as given, or undefined for the built-in defaults. */
  readonly policyName?: string;
  readonly compare?: { readonly data: CompareData; readonly policyName?: string };
}

export function renderReport(input: RenderInput, locale: Locale = input.data.locale): string {
  const { data } = input;
  const say = sayer(locale);
  const name = (file: string | undefined): string => file ?? REPORT_TEXT.builtIn[locale];
  const first = name(input.policyName);
  const meta = [`<p class="meta">${say("policy", { name: first })}</p>`];
  if (input.compare) meta.push(`<p class="meta">${say("comparedWith", { name: name(input.compare.policyName) })}</p>`);
  const sections: { id: string; html: string; title: string }[] = [];
  const add = (id: string, title: string, html: string): void => void sections.push({ id, title, html });
  add("verdicts", say("verdicts"), verdictSection(data, say));
  if (input.compare) add("compare", say("compare"), compareSection(input.compare.data, [first, name(input.compare.policyName)], say, locale));
  add("rules", say("byRule"), ruleSection(data, say));
  add("sizes", say("sizes"), sizeSection(data, say));
  add("domains", say("domains"), domainSection(data, say));
  add("not-checked", say("notChecked"), notCheckedSection(data, say));
  add("examples", say("examples"), exampleSection(data, say));
  add("errors", say("errors"), errorSection(data, say));
  const nav = `<nav aria-label="${say("contents")}"><ul>${sections.map((s) => `<li><a href="#${s.id}">${s.title}</a></li>`).join("")}</ul></nav>`;
  const header = `<h1>${say("title")}</h1>${meta.join("")}<p class="lead" data-summary="${summaryAttr(data)}">${say("lead", { ...data.summary })}</p>${nav}`;
  return page(locale, say("title"), header, sections.map((s) => s.html).join("\n"), say("footer"));
}

/** The totals in one attribute, so a script reading the page needs no language. */
function summaryAttr(data: ReportData): string {
  const s = data.summary;
  return `files=${s.files} block=${s.block} warn=${s.warn} pass=${s.pass} errors=${s.errors}`;
}
