/** A finding's remedy in one language, with the company drive's name filled in. */
import type { EffectivePolicy } from "../engine/policy/types";
import type { Finding, Locale } from "../engine/rule";
import { getRemedy, renderRemedy, type RenderedRemedy } from "../manual/remedies";

export function remedyFor(finding: Finding, policy: EffectivePolicy, locale: Locale): RenderedRemedy | undefined {
  const remedy = getRemedy(finding.remedyId);
  if (!remedy) return undefined;
  return renderRemedy(remedy, locale, { ...finding.data, drive: policy.cloudShare.name[locale] });
}
