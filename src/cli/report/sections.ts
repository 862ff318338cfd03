/** The report's sections for one policy: each a chart and the table with its numbers. */
import { localize } from "../../engine/format";
import type { Locale, LocalizedText } from "../../engine/rule";
import { RULES } from "../../rules";
import { localizeFileError } from "../file-errors";
import { SEVERITY_LABEL, VERDICT_LABEL } from "../locale";
import { findingCount, MAX_EXAMPLES, type ReportData } from "./aggregate";
import type { Histogram, LimitKind } from "./bins";
import { cell, escapeHtml, figure, formatBytes, section, shown, table } from "./html";
import { barChart, histogramChart, type HistogramLine, type Tone } from "./svg";
import { REPORT_TEXT, type ReportTextId } from "./text";

/** How many outside domains the chart and table show. */
export const TOP_DOMAINS = 15;

export type Say = (id: ReportTextId, data?: Record<string, string | number>) => string;

export function sayer(locale: Locale): Say {
  return (id, data) => escapeHtml(localize(REPORT_TEXT[id], locale, data));
}

const word = (text: LocalizedText, locale: Locale): string => escapeHtml(text[locale]);

/** A colour key for stacked or paired bars (the colours carry no meaning the table lacks). */
export function legend(items: readonly { tone: Tone; text: string }[]): string {
  const keys = items.map((i) => `<li><svg width="12" height="12" aria-hidden="true" focusable="false"><rect class="t-${i.tone}" width="12" height="12"/></svg> ${i.text}</li>`);
  return `<ul class="legend">${keys.join("")}</ul>`;
}

export function ruleName(ruleId: string, locale: Locale): string {
  const rule = RULES.find((r) => r.meta.id === ruleId);
  return `<span class="desc">${rule ? escapeHtml(rule.meta.description[locale]) : shown(ruleId)}</span>`;
}

export function verdictSection(data: ReportData, say: Say): string {
  const { locale, summary } = data;
  const rows: { key: string; name: string; value: number; tone: Tone }[] = (["block", "warn", "pass"] as const).map((v) => ({ key: v, name: VERDICT_LABEL[v][locale], value: summary[v], tone: v }));
  rows.push({ key: "errors", name: VERDICT_LABEL.error[locale], value: summary.errors, tone: "error" });
  const chart = barChart({ id: "chart-verdicts", title: localize(REPORT_TEXT.verdicts, locale), desc: rows.map((r) => `${r.name}: ${r.value}`).join("; ") }, rows.map((r) => ({ label: r.name, bars: [[{ value: r.value, tone: r.tone }]] })));
  const cells = rows.map((r) => [cell(`<span class="sev-${r.key === "errors" ? "error" : r.key}">${escapeHtml(r.name)}</span>`), cell(String(r.value), `verdict-${r.key}`)]);
  cells.push([cell(say("messages")), cell(String(summary.files), "files")]);
  return section("verdicts", say("verdicts"), figure(chart, table(say("verdicts"), [say("verdict"), say("messages")], cells)), say("verdictsDesc"));
}

export function ruleSection(data: ReportData, say: Say): string {
  const { locale } = data;
  const tallies = data.rulesByCount();
  if (tallies.length === 0) return section("rules", say("byRule"), `<p>${say("noFindings")}</p>`);
  const sev = (["block", "warn", "info"] as const).map((s) => ({ s, name: SEVERITY_LABEL[s][locale] }));
  const desc = tallies.map((t) => `${t.ruleId}: ${sev.map(({ s, name }) => `${name} ${t.findings[s]}`).join(", ")}`).join("; ");
  const chart = barChart({ id: "chart-rules", title: localize(REPORT_TEXT.byRule, locale), desc }, tallies.map((t) => ({ label: t.ruleId, bars: [sev.map(({ s }) => ({ value: t.findings[s], tone: s as Tone }))] })));
  const rows = tallies.map((t) => [
    cell(`<a href="#ex-${t.ruleId}"><code>${escapeHtml(t.ruleId)}</code></a><br>${ruleName(t.ruleId, locale)}`, undefined, false),
    ...sev.map(({ s }) => cell(String(t.findings[s]), `rule-${t.ruleId}-${s}`)),
    cell(String(t.files), `rule-${t.ruleId}-files`),
  ]);
  const headers = [say("rule"), ...sev.map(({ name }) => escapeHtml(name)), say("files")];
  const key = legend(sev.map(({ s, name }) => ({ tone: s as Tone, text: escapeHtml(name) })));
  return section("rules", say("byRule"), figure(`${chart}${key}`, table(say("byRule"), headers, rows)), say("byRuleDesc"));
}

const LIMIT_WORD: Readonly<Record<LimitKind, ReportTextId>> = {
  shareLink: "shareLink",
  attachmentMax: "attachmentMax",
  messageMax: "messageMax",
  maxRecipients: "maxRecipients",
  exposedList: "exposedList",
};

function binLabels(hist: Histogram, show: (n: number) => string, integers: boolean): string[] {
  const { edges } = hist;
  return hist.counts.map((_, i) => {
    if (i === edges.length) return `> ${show(edges[i - 1])}`;
    const low = i === 0 ? undefined : edges[i - 1];
    if (low === undefined) return integers && edges[0] === 0 ? show(0) : `≤ ${show(edges[0])}`;
    const from = integers ? low + 1 : low;
    return integers && from === edges[i] ? show(from) : `${show(from)}–${show(edges[i])}`;
  });
}

function histogramFigure(id: string, title: ReportTextId, hist: Histogram, data: ReportData, say: Say, show: (n: number) => string, integers: boolean): string {
  const { locale } = data;
  const many = data.policies.length > 1;
  const limitName = (kind: LimitKind, policy: number): string =>
    `${localize(REPORT_TEXT[LIMIT_WORD[kind]], locale)}${many ? localize(REPORT_TEXT[policy === 0 ? "firstPolicy" : "secondPolicy"], locale) : ""}`;
  const bins = binLabels(hist, show, integers);
  const lines: HistogramLine[] = hist.limits.map((l) => ({ after: hist.edges.indexOf(l.edge), label: `${limitName(l.kind, l.policy)}: ${show(l.value ?? l.edge)}`, policy: l.policy }));
  const desc = `${localize(REPORT_TEXT.histDesc, locale)} ${bins.map((b, i) => `${b}: ${hist.counts[i]}`).join("; ")}`;
  const chart = histogramChart({ id: `chart-${id}`, title: localize(REPORT_TEXT[title], locale), desc }, bins, hist.counts, lines);
  const rows = bins.map((b, i) => [cell(escapeHtml(b)), cell(String(hist.counts[i]), `${id}-bin-${i}`)]);
  const limitRows = hist.limits.map((l) => [cell(`${escapeHtml(limitName(l.kind, l.policy))}: ${escapeHtml(show(l.value ?? l.edge))}`), cell(String(hist.above(l.edge)), `${id}-over-${l.kind}-${l.policy}`)]);
  const tables = `${table(say(title), [say("range"), say("count")], rows)}${table(say("limit"), [say("limit"), say("over")], limitRows)}`;
  return `<h3>${say(title)}</h3>${figure(chart, tables)}`;
}

export function sizeSection(data: ReportData, say: Say): string {
  const bytes = (n: number): string => formatBytes(n);
  const attachments = histogramFigure("attachments", "attachmentSizes", data.attachments, data, say, bytes, false);
  const messages = histogramFigure("messages", "messageSizes", data.messages, data, say, bytes, false);
  const recipients = histogramFigure("recipients", "recipients", data.recipients, data, say, String, true);
  return section("sizes", say("sizes"), `${attachments}${messages}${recipients}`, say("histDesc"));
}

export function domainSection(data: ReportData, say: Say): string {
  const top = data.topDomains(TOP_DOMAINS);
  if (top.length === 0) return section("domains", say("domains"), `<p>${say("noDomains")}</p>`, say("domainsDesc"));
  const desc = top.map((d) => `${d.domain}: ${d.count}`).join("; ");
  const chart = barChart({ id: "chart-domains", title: localize(REPORT_TEXT.domains, data.locale), desc }, top.map((d) => ({ label: d.domain, bars: [[{ value: d.count, tone: "plain" }]] })));
  const rows = top.map((d, i) => [cell(shown(d.domain)), cell(String(d.count), `domain-${i}`)]);
  const other = data.otherDomains > 0 ? `<p>${say("otherDomains", { count: data.otherDomains })}</p>` : "";
  return section("domains", say("domains"), figure(chart, table(say("domains"), [say("domain"), say("messages")], rows)) + other, say("domainsDesc"));
}

export function notCheckedSection(data: ReportData, say: Say): string {
  const tallies = [...data.notChecked.values()].sort((a, b) => b.count - a.count);
  if (tallies.length === 0) return section("not-checked", say("notChecked"), `<p>${say("nothingUnchecked")}</p>`);
  const desc = tallies.map((t) => `${t.message}: ${t.count}`).join("; ");
  const chart = barChart({ id: "chart-not-checked", title: localize(REPORT_TEXT.notChecked, data.locale), desc }, tallies.map((t) => ({ label: t.kind, bars: [[{ value: t.count, tone: "info" }]] })));
  const rows = tallies.map((t) => [cell(`<code>${escapeHtml(t.kind)}</code><br>${escapeHtml(t.message)}`, undefined, false), cell(String(t.count), `not-checked-${t.kind}`)]);
  return section("not-checked", say("notChecked"), figure(chart, table(say("notChecked"), [say("reason"), say("messages")], rows)), say("notCheckedDesc"));
}

export function exampleSection(data: ReportData, say: Say): string {
  const { locale } = data;
  const parts = data.rulesByCount().map((t) => {
    const rows = t.examples.items.map((e) => [
      cell(shown(e.file), undefined, false),
      cell(`<span class="sev-${e.severity}">${word(SEVERITY_LABEL[e.severity], locale)}</span>`, undefined, false),
      cell(shown(e.message), undefined, false),
    ]);
    const more = t.examples.more > 0 ? `<p>${say("more", { count: t.examples.more })}</p>` : "";
    const heading = `<h3 id="ex-${t.ruleId}"><code>${escapeHtml(t.ruleId)}</code> — ${ruleName(t.ruleId, locale)} (${findingCount(t)})</h3>`;
    return `${heading}${table(escapeHtml(t.ruleId), [say("file"), say("severity"), say("finding")], rows, "data examples")}${more}`;
  });
  if (parts.length === 0) return section("examples", say("examples"), `<p>${say("noFindings")}</p>`);
  return section("examples", say("examples"), parts.join("\n"), say("examplesDesc", { max: MAX_EXAMPLES }));
}

export function errorSection(data: ReportData, say: Say): string {
  const { errors, locale } = data;
  if (errors.items.length === 0) return section("errors", say("errors"), `<p>${say("noErrors")}</p>`);
  const rows = errors.items.map((e) => [cell(shown(e.file), undefined, false), cell(shown(localizeFileError(e.error, locale)), undefined, false)]);
  const more = errors.more > 0 ? `<p>${say("more", { count: errors.more })}</p>` : "";
  return section("errors", say("errors"), table(say("errors"), [say("file"), say("error")], rows, "data examples") + more);
}
