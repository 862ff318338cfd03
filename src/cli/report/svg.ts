/**
 * The report's charts as plain inline SVG: nothing to load, nothing to run, the same picture in
 * every browser and in print. Each chart is an image with a title and a description for screen
 * readers; the numbers themselves are in the table beside it.
 */
import { escapeControls, shortenMiddle } from "../../engine/shown";
import { escapeHtml } from "./html";

export type Tone = "block" | "warn" | "pass" | "info" | "error" | "first" | "second" | "plain";

export interface Segment {
  readonly value: number;
  readonly tone: Tone;
}

export interface BarRow {
  /** Plain text (escaped here). */
  readonly label: string;
  /** One or more bars under one label (two for a comparison), each stacked from its segments. */
  readonly bars: readonly (readonly Segment[])[];
}

export interface ChartText {
  readonly id: string;
  readonly title: string;
  readonly desc: string;
}

const WIDTH = 640;
const LABEL_WIDTH = 210;
const BAR_HEIGHT = 16;
const GAP = 8;

/** A label short enough for the chart (the table beside it has the whole value). */
function label(text: string, max = 30): string {
  return escapeHtml(shortenMiddle(escapeControls(text), max));
}

function open(text: ChartText, height: number): string {
  const t = `${text.id}-title`;
  const d = `${text.id}-desc`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${t} ${d}">` +
    `<title id="${t}">${escapeHtml(text.title)}</title><desc id="${d}">${escapeHtml(text.desc)}</desc>`
  );
}

/** Horizontal bars, one row per label; each row's bars are stacked from their segments. */
export function barChart(text: ChartText, rows: readonly BarRow[]): string {
  const perRow = (row: BarRow): number => row.bars.length * (BAR_HEIGHT + 2) + GAP;
  const height = Math.max(40, rows.reduce((h, r) => h + perRow(r), GAP));
  const max = Math.max(1, ...rows.flatMap((r) => r.bars.map((bar) => bar.reduce((s, seg) => s + seg.value, 0))));
  const room = WIDTH - LABEL_WIDTH - 70;
  const parts: string[] = [open(text, height)];
  let y = GAP;
  for (const row of rows) {
    const mid = y + (row.bars.length * (BAR_HEIGHT + 2)) / 2;
    parts.push(`<text x="${LABEL_WIDTH - 8}" y="${mid + 4}" text-anchor="end">${label(row.label)}</text>`);
    for (const bar of row.bars) {
      let x = LABEL_WIDTH;
      let total = 0;
      for (const seg of bar) {
        const w = (seg.value / max) * room;
        if (seg.value > 0) parts.push(`<rect class="t-${seg.tone}" x="${x.toFixed(1)}" y="${y}" width="${Math.max(1, w).toFixed(1)}" height="${BAR_HEIGHT}"/>`);
        x += w;
        total += seg.value;
      }
      parts.push(`<text x="${(x + 6).toFixed(1)}" y="${y + BAR_HEIGHT - 3}">${total}</text>`);
      y += BAR_HEIGHT + 2;
    }
    y += GAP;
  }
  parts.push("</svg>");
  return parts.join("");
}

export interface HistogramLine {
  /** The line is drawn after bin `after` (between it and the next). */
  readonly after: number;
  readonly label: string;
  /** 0 solid-dashed, 1 dotted: the two policies of a comparison. */
  readonly policy: number;
}

const PLOT_TOP = 20;
const PLOT_HEIGHT = 180;
const AXIS_LABELS = 70;

/** Vertical bars over ranges, with the limits as dashed lines between them. */
export function histogramChart(text: ChartText, bins: readonly string[], counts: readonly number[], lines: readonly HistogramLine[]): string {
  const left = 40;
  const width = WIDTH - left - 10;
  const step = width / Math.max(1, bins.length);
  const linesBlock = lines.length * 14;
  const height = PLOT_TOP + linesBlock + PLOT_HEIGHT + AXIS_LABELS;
  const base = PLOT_TOP + linesBlock + PLOT_HEIGHT;
  const max = Math.max(1, ...counts);
  const parts: string[] = [open(text, height)];
  parts.push(`<line class="axis" x1="${left}" y1="${base}" x2="${left + width}" y2="${base}"/>`);
  parts.push(`<text x="${left - 4}" y="${base - PLOT_HEIGHT + 4}" text-anchor="end">${max}</text><text x="${left - 4}" y="${base + 4}" text-anchor="end">0</text>`);
  counts.forEach((count, i) => {
    const h = (count / max) * PLOT_HEIGHT;
    const x = left + i * step;
    if (count > 0) parts.push(`<rect class="t-plain" x="${(x + 2).toFixed(1)}" y="${(base - h).toFixed(1)}" width="${(step - 4).toFixed(1)}" height="${Math.max(1, h).toFixed(1)}"/>`);
    if (count > 0) parts.push(`<text x="${(x + step / 2).toFixed(1)}" y="${(base - h - 3).toFixed(1)}" text-anchor="middle" class="small">${count}</text>`);
    const cx = (x + step / 2).toFixed(1);
    parts.push(`<text x="${cx}" y="${base + 12}" text-anchor="end" class="small" transform="rotate(-40 ${cx} ${base + 12})">${label(bins[i], 14)}</text>`);
  });
  lines.forEach((line, k) => {
    const x = (left + (line.after + 1) * step).toFixed(1);
    const top = PLOT_TOP + k * 14;
    parts.push(`<line class="limit limit-${line.policy}" x1="${x}" y1="${top}" x2="${x}" y2="${base}"/>`);
    parts.push(`<text x="${x}" y="${top - 3 + 10}" dx="4" class="small">${label(line.label, 60)}</text>`);
  });
  parts.push("</svg>");
  return parts.join("");
}

/** The 3×3 verdict matrix as shaded squares with their counts. */
export function matrixChart(text: ChartText, rows: readonly string[], cols: readonly string[], counts: readonly (readonly number[])[]): string {
  const cellSize = 64;
  const left = 110;
  const top = 40;
  const height = top + rows.length * cellSize + 10;
  const max = Math.max(1, ...counts.flat());
  const parts: string[] = [open(text, height)];
  cols.forEach((c, j) => parts.push(`<text x="${left + j * cellSize + cellSize / 2}" y="${top - 10}" text-anchor="middle">${label(c, 12)}</text>`));
  rows.forEach((r, i) => {
    parts.push(`<text x="${left - 8}" y="${top + i * cellSize + cellSize / 2 + 4}" text-anchor="end">${label(r, 14)}</text>`);
    cols.forEach((_, j) => {
      const value = counts[i][j];
      // Shade by share of the largest cell; the diagonal (unchanged) in grey, changes in colour.
      const alpha = value === 0 ? 0 : 0.15 + 0.6 * (value / max);
      const tone = i === j ? "plain" : "first";
      const x = left + j * cellSize;
      const y = top + i * cellSize;
      parts.push(`<rect class="cell" x="${x}" y="${y}" width="${cellSize - 2}" height="${cellSize - 2}"/>`);
      if (value > 0) parts.push(`<rect class="t-${tone}" x="${x}" y="${y}" width="${cellSize - 2}" height="${cellSize - 2}" fill-opacity="${alpha.toFixed(2)}"/>`);
      parts.push(`<text x="${x + cellSize / 2 - 1}" y="${y + cellSize / 2 + 4}" text-anchor="middle">${value}</text>`);
    });
  });
  parts.push("</svg>");
  return parts.join("");
}
