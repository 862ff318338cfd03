/**
 * A slip in a big provider's name under another ending than the provider's own: gmai.co.uk,
 * hotmial.de, goooglemail.net. The whole-domain distance misses these, because the ending adds
 * edits of its own (gmai.co.uk is four edits from gmail.com). Here the name is compared alone.
 *
 * Only the distinctive names (the "swap" brands of mail-domains.generated.ts) of five letters or
 * more, only when the first letter is kept (email.de and cloud.co.uk are words, not slips of gmail
 * and icloud), and only under endings people use for mail: a university's or a government's
 * domain (gmial.edu) is left alone.
 */
import { editDistance } from "./edit-distance";
import { KNOWN_DOMAINS, swapBrands, swapsUnder } from "./domains";
import { SUFFIX_TARGETS } from "./mail-domains.generated";

/** Endings an institution uses, never a consumer's provider. */
const INSTITUTIONAL = /^(edu|gov|ac|mil|go|or|ne|idv)(\.|$)/;

const ENDINGS = new Set<string>();
for (const s of SUFFIX_TARGETS.split(" ")) if (!INSTITUTIONAL.test(s)) ENDINGS.add(s);

interface Brand {
  readonly label: string;
  /** The brand's most used domain: where a slip under an ending it never uses is sent. */
  readonly main: string;
}

const BRANDS: readonly Brand[] = swapBrands()
  .filter(([label]) => label.length >= 5 && !/[0-9]/.test(label))
  .map(([label, main]) => ({ label, main }));

/**
 * The provider domain a slip in the name most likely meant, or undefined: none near, two brands
 * equally near, or not a name-and-ending domain at all (mail.gmai.co.uk is someone's server).
 */
export function providerLabelSlip(domain: string): string | undefined {
  const dot = domain.indexOf(".");
  if (dot < 3) return undefined;
  const label = domain.slice(0, dot);
  const ending = domain.slice(dot + 1);
  if (!ENDINGS.has(ending)) return undefined;
  let found: Brand | undefined;
  let best = 3;
  let tied = false;
  for (const b of BRANDS) {
    if (b.label.charCodeAt(0) !== label.charCodeAt(0)) continue;
    // One slip in a five-letter name, two in a longer one: as the whole-domain search allows.
    const max = b.label.length <= 5 ? 1 : 2;
    const d = editDistance(label, b.label, max);
    if (d === 0 || d > max) continue;
    if (d < best) {
      best = d;
      found = b;
      tied = false;
    } else if (d === best) tied = true;
  }
  if (!found || tied) return undefined;
  const own = `${found.label}.${ending}`;
  // The brand's real regional domain (hotmail.co.uk), else its main one when it never uses this
  // ending (gmial.net → gmail.com); else the name mended under the ending the user chose.
  if (KNOWN_DOMAINS.has(own)) return own;
  if (swapsUnder(ending)) return found.main;
  return own;
}
