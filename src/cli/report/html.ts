/**
 * The report page's building blocks: escaping, tables, the page shell with its inline style. Every
 * value that came from mail (file names, domains, finding messages) goes through `shown`: control
 * and bidi characters made visible as the CLI's text output does (escapeControls), long values
 * shortened, then HTML-escaped and isolated in <bdi> so right-to-left text cannot reorder the row.
 */
import { escapeControls, shortenMiddle } from "../../engine/shown";
import type { Locale } from "../../engine/rule";

/** Longest value shown: long enough for any real path, short enough for a hostile 1 MB name. */
const MAX_VALUE_CHARS = 400;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A value from mail, ready for HTML text or an attribute. */
export function shownText(value: string): string {
  const rough = value.length > MAX_VALUE_CHARS * 4 ? `${value.slice(0, MAX_VALUE_CHARS * 2)}${value.slice(-MAX_VALUE_CHARS * 2)}` : value;
  return escapeHtml(shortenMiddle(escapeControls(rough), MAX_VALUE_CHARS));
}

export function shown(value: string): string {
  return `<bdi>${shownText(value)}</bdi>`;
}

const KB = 1024;
const MB = 1024 * KB;

export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${Number((bytes / MB).toFixed(bytes % MB === 0 ? 0 : 1))} MB`;
  if (bytes >= KB) return `${Math.round(bytes / KB)} KB`;
  return `${bytes} B`;
}

/** A number as the page's language writes it (grouping separators). */
export function num(value: number, locale: Locale): string {
  return value.toLocaleString(locale);
}

export interface Cell {
  /** Already-safe HTML. */
  readonly html: string;
  /** `data-count` for tests and scripts reading the page: a stable key for a number. */
  readonly key?: string;
  readonly numeric?: boolean;
}

export function cell(html: string, key?: string, numeric = key !== undefined): Cell {
  return { html, key, numeric };
}

/** A table with a caption and column headers; the first column heads each row. */
export function table(caption: string, headers: readonly string[], rows: readonly (readonly Cell[])[], className = "data"): string {
  const numeric = headers.map((_, i) => rows.length > 0 && rows[0][i]?.numeric === true);
  const head = headers.map((h, i) => `<th scope="col"${numeric[i] ? ' class="n"' : ""}>${h}</th>`).join("");
  const body = rows
    .map((row) => {
      const cells = row.map((c, i) => {
        const attrs = `${c.numeric ? ' class="n"' : ""}${c.key !== undefined ? ` data-count="${escapeHtml(c.key)}"` : ""}`;
        return i === 0 ? `<th scope="row"${attrs}>${c.html}</th>` : `<td${attrs}>${c.html}</td>`;
      });
      return `<tr>${cells.join("")}</tr>`;
    })
    .join("\n");
  return `<table class="${className}"><caption>${caption}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** A chart and its table side by side (stacked on a narrow window). */
export function figure(svg: string, tableHtml: string): string {
  return `<div class="figure"><div class="chart">${svg}</div><div class="table">${tableHtml}</div></div>`;
}

export function section(id: string, title: string, body: string, intro?: string): string {
  const lead = intro !== undefined ? `<p>${intro}</p>` : "";
  return `<section id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${title}</h2>${lead}${body}</section>`;
}

const STYLE = `
:root{color-scheme:light;--block:#b3261e;--warn:#a15c00;--pass:#1e6e34;--info:#0b5cad;--error:#5f6368;--ink:#1f1f1f;--muted:#555;--line:#d0d0d0}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI","Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;color:var(--ink);background:#fff}
header,main,footer{max-width:1200px;margin:0 auto;padding:0 24px}
header{padding-top:24px}
h1{font-size:1.6em;margin:0 0 .3em}
h2{font-size:1.3em;margin:1.6em 0 .4em;padding-top:.4em;border-top:1px solid var(--line)}
h3{font-size:1.05em;margin:1.2em 0 .3em}
.meta{color:var(--muted);margin:.1em 0}
.lead{font-size:1.1em}
nav ul{display:flex;flex-wrap:wrap;gap:.3em 1.2em;padding:0;list-style:none}
a{color:#0b57d0}
.figure{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:24px;align-items:start;margin:.8em 0}
@media (max-width:900px){.figure{grid-template-columns:1fr}}
svg{max-width:100%;height:auto;font-family:inherit}
svg text{fill:var(--ink);font-size:12px}
svg text.small{font-size:10px}
.t-block{fill:var(--block)}.t-warn{fill:var(--warn)}.t-pass{fill:var(--pass)}.t-info{fill:var(--info)}.t-error{fill:var(--error)}
.t-first{fill:#0b5cad}.t-second{fill:#c26a00}.t-plain{fill:#6b7a8f}
.axis{stroke:var(--ink)}.cell{fill:none;stroke:var(--line)}
.limit{stroke:var(--block);stroke-width:2;stroke-dasharray:6 4}.limit-1{stroke:#7a2ea0;stroke-dasharray:2 3}
table{border-collapse:collapse;width:100%;margin:.4em 0}
caption{text-align:left;font-weight:600;padding:.2em 0}
th,td{border-bottom:1px solid var(--line);padding:.25em .5em;text-align:left;vertical-align:top}
thead th{border-bottom:2px solid var(--ink)}
.n{text-align:right;font-variant-numeric:tabular-nums}
table.examples th[scope=row]{word-break:break-all;font-weight:normal}
table.examples td{overflow-wrap:anywhere}
table.examples caption{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.sev-block{color:var(--block);font-weight:600}.sev-warn{color:var(--warn);font-weight:600}.sev-info{color:var(--info)}
.sev-pass{color:var(--pass);font-weight:600}.sev-error{color:var(--error);font-weight:600}
bdi{unicode-bidi:isolate}
.desc{font-weight:normal}
.legend{display:flex;gap:1em;list-style:none;padding:0;margin:.2em 0 0 210px;font-size:.9em}
footer{color:var(--muted);margin:2em auto;padding-bottom:24px}
`;

export function page(locale: Locale, title: string, header: string, body: string, footer: string): string {
  return [
    "<!DOCTYPE html>",
    `<html lang="${locale}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Nothing may load from elsewhere: the page is opened from disk, often offline.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${title}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    `<header>${header}</header>`,
    `<main>${body}</main>`,
    `<footer><p>${footer}</p></footer>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
