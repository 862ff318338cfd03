/** The `--compare` section: the verdict matrix and the per-rule differences, each with its table. */
import { localize } from "../../engine/format";
import type { Locale } from "../../engine/rule";
import { SEVERITY_LABEL, VERDICT_LABEL } from "../locale";
import { MAX_EXAMPLES } from "./aggregate";
import { VERDICTS, type CompareData, type RuleChange } from "./compare";
import { cell, escapeHtml, figure, section, shown, table } from "./html";
import { legend, ruleName, type Say } from "./sections";
import { barChart, matrixChart } from "./svg";
import { REPORT_TEXT } from "./text";

function matrixFigure(data: CompareData, say: Say): string {
  const { locale } = data;
  const names = VERDICTS.map((v) => VERDICT_LABEL[v][locale]);
  const counts = VERDICTS.map((from) => VERDICTS.map((to) => data.matrix[from][to]));
  const desc = `${localize(REPORT_TEXT.matrixDesc, locale)} ${VERDICTS.flatMap((from, i) => VERDICTS.map((to, j) => `${names[i]} → ${names[j]}: ${data.matrix[from][to]}`)).join("; ")}`;
  const chart = matrixChart({ id: "chart-matrix", title: localize(REPORT_TEXT.matrix, locale), desc }, names, names, counts);
  const headers = [`${say("under1")} \\ ${say("under2")}`, ...names.map(escapeHtml)];
  const rows = VERDICTS.map((from, i) => [cell(`<span class="sev-${from}">${escapeHtml(names[i])}</span>`), ...VERDICTS.map((to) => cell(String(data.matrix[from][to]), `matrix-${from}-${to}`))]);
  rows.push([cell(escapeHtml(VERDICT_LABEL.error[locale])), cell(String(data.errors), "matrix-errors"), cell(""), cell("")]);
  return `<h3>${say("matrix")}</h3><p>${say("matrixDesc")}</p>${figure(chart, table(say("matrix"), headers, rows))}`;
}

function ruleFigure(data: CompareData, say: Say): string {
  const { locale } = data;
  const diffs = data.rulesByChange();
  if (diffs.length === 0) return `<p>${say("noFindings")}</p>`;
  const desc = diffs.map((d) => `${d.ruleId}: ${d.findings[0]} → ${d.findings[1]}`).join("; ");
  const chart = barChart(
    { id: "chart-rule-diffs", title: localize(REPORT_TEXT.ruleDiffs, locale), desc },
    diffs.map((d) => ({ label: d.ruleId, bars: [[{ value: d.findings[0], tone: "first" }], [{ value: d.findings[1], tone: "second" }]] })),
  );
  const key = legend([
    { tone: "first", text: say("under1") },
    { tone: "second", text: say("under2") },
  ]);
  const rows = diffs.map((d) => [
    cell(`<code>${escapeHtml(d.ruleId)}</code><br>${ruleName(d.ruleId, locale)}`, undefined, false),
    cell(String(d.findings[0]), `diff-${d.ruleId}-first`),
    cell(String(d.findings[1]), `diff-${d.ruleId}-second`),
    cell(String(d.changed), `diff-${d.ruleId}-changed`),
  ]);
  const headers = [say("rule"), say("under1"), say("under2"), say("changed")];
  return `<h3>${say("ruleDiffs")}</h3><p>${say("ruleDiffsDesc")}</p>${figure(`${chart}${key}`, table(say("ruleDiffs"), headers, rows))}`;
}

function changedFiles(data: CompareData, say: Say): string {
  return data
    .rulesByChange()
    .filter((d) => d.changed > 0)
    .map((d) => {
      const change = (e: RuleChange): string =>
        e.severities ? say("severityChanged", { from: SEVERITY_LABEL[e.severities[0]][data.locale], to: SEVERITY_LABEL[e.severities[1]][data.locale] }) : say(e.change === "added" ? "added" : "removed");
      const rows = d.examples.items.map((e) => [cell(shown(e.file), undefined, false), cell(change(e), undefined, false), cell(shown(e.message), undefined, false)]);
      const more = d.examples.more > 0 ? `<p>${say("more", { count: d.examples.more })}</p>` : "";
      return `<h4><code>${escapeHtml(d.ruleId)}</code> — ${ruleName(d.ruleId, data.locale)} (${d.changed})</h4>${table(escapeHtml(d.ruleId), [say("file"), say("change"), say("finding")], rows, "data examples")}${more}`;
    })
    .join("\n");
}

export function compareSection(data: CompareData, names: readonly [string, string], say: Say, locale: Locale): string {
  const lead = say("compareLead", { first: names[0], second: names[1], moved: data.moved(), errors: data.errors });
  const changed = changedFiles(data, say);
  const none = data.moved() === 0 && changed === "" ? `<p>${say("noChanges")}</p>` : "";
  const examples = changed === "" ? "" : `<p>${escapeHtml(localize(REPORT_TEXT.examplesDesc, locale, { max: MAX_EXAMPLES }))}</p>${changed}`;
  return section("compare", say("compare"), `<p class="lead">${lead}</p>${none}${matrixFigure(data, say)}${ruleFigure(data, say)}${examples}`);
}
