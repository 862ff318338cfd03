/**
 * Histogram bins for the report, fixed before the first message so results can be counted as they
 * stream. Each policy limit is itself a bin edge, so "over the limit" is an exact sum of bins and
 * the limit line falls between two bars.
 */
import type { EffectivePolicy } from "../../engine/policy/types";
import { ruleSetting } from "../../engine/policy/resolve";

const KB = 1024;
const MB = 1024 * KB;

/** Where mail sizes fall: most under 1 MB, limits between 10 and 150 MB. */
const SIZE_EDGES = [16 * KB, 64 * KB, 256 * KB, MB, 2 * MB, 5 * MB, 10 * MB, 20 * MB, 30 * MB, 50 * MB, 100 * MB];
const RECIPIENT_EDGES = [0, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];

export type LimitKind = "shareLink" | "attachmentMax" | "messageMax" | "maxRecipients" | "exposedList";

/** A line drawn on a histogram: values above `edge` are over it. `policy` is 0 or 1 (--compare). */
export interface LimitLine {
  readonly kind: LimitKind;
  readonly edge: number;
  readonly policy: number;
  /** The limit as the policy states it, when that is not the edge (a threshold reached at `edge + 1`). */
  readonly value?: number;
}

/** Counts per bin: bin i holds values in (edges[i-1], edges[i]]; the last bin is everything above. */
export class Histogram {
  readonly edges: readonly number[];
  readonly counts: number[];
  readonly limits: readonly LimitLine[];

  constructor(base: readonly number[], limits: readonly LimitLine[]) {
    this.edges = [...new Set([...base, ...limits.map((l) => l.edge)])].filter((e) => Number.isFinite(e) && e >= 0).sort((a, b) => a - b);
    this.counts = new Array<number>(this.edges.length + 1).fill(0);
    this.limits = limits;
  }

  add(value: number): void {
    // A few dozen edges: a linear scan is simpler than a search and as fast.
    let i = 0;
    while (i < this.edges.length && value > this.edges[i]) i++;
    this.counts[i]++;
  }

  /** How many values were above `edge` (one of the edges). */
  above(edge: number): number {
    let total = 0;
    for (let i = 0; i < this.counts.length; i++) if (i === this.edges.length || this.edges[i] > edge) total += this.counts[i];
    return total;
  }

  total(): number {
    return this.counts.reduce((a, b) => a + b, 0);
  }
}

function exposedThreshold(policy: EffectivePolicy): number {
  const { options } = ruleSetting(policy, "recipient-exposed-list", "warn", { threshold: 10 });
  return typeof options.threshold === "number" ? options.threshold : 10;
}

export function attachmentHistogram(policies: readonly EffectivePolicy[]): Histogram {
  const limits = policies.flatMap((p, policy): LimitLine[] => [
    { kind: "shareLink", edge: p.limits.shareLinkThresholdBytes, policy },
    { kind: "attachmentMax", edge: p.limits.attachmentMaxBytes, policy },
  ]);
  return new Histogram(SIZE_EDGES, limits);
}

export function messageHistogram(policies: readonly EffectivePolicy[]): Histogram {
  return new Histogram(SIZE_EDGES, policies.map((p, policy) => ({ kind: "messageMax" as const, edge: p.limits.messageMaxBytes, policy })));
}

/** The exposed-list line sits below its threshold: that rule reports from the threshold on. */
export function recipientHistogram(policies: readonly EffectivePolicy[]): Histogram {
  const limits = policies.flatMap((p, policy): LimitLine[] => [
    { kind: "maxRecipients", edge: p.limits.maxRecipients, policy },
    { kind: "exposedList", edge: exposedThreshold(p) - 1, policy, value: exposedThreshold(p) },
  ]);
  return new Histogram(RECIPIENT_EDGES, limits);
}
