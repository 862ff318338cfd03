/**
 * What the bench sections print: markdown lines for the console and for bench/RESULTS.md, and the
 * targets that were not met, which run.mjs lists at the end so nobody has to read every table.
 */

export interface BenchOptions {
  /** Fewer runs and smaller samples: for iterating, never for RESULTS.md. */
  readonly quick: boolean;
  /** `--large-mbox`: also check a generated 1 GB mbox (minutes), for the CLI's peak memory. */
  readonly largeMbox?: boolean;
}

const lines: string[] = [];
const misses: string[] = [];

export function out(line = ""): void {
  console.log(line);
  lines.push(line);
}

export function heading(title: string): void {
  out();
  out(`## ${title}`);
  out();
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): void {
  out(`| ${header.join(" | ")} |`);
  out(`|${header.map(() => "---").join("|")}|`);
  for (const row of rows) out(`| ${row.join(" | ")} |`);
}

/** Records a target that was not met, with what limits it (shown again at the end of the run). */
export function missed(target: string, limitedBy: string): void {
  misses.push(`- ${target}: ${limitedBy}`);
}

export function collected(): { lines: readonly string[]; misses: readonly string[] } {
  return { lines, misses };
}

export function ratio(a: number, b: number): string {
  return `${(a / b).toFixed(a / b >= 100 ? 0 : 2)}×`;
}

export function percent(part: number, total: number): string {
  return total === 0 ? "—" : `${((100 * part) / total).toFixed(1)} %`;
}
