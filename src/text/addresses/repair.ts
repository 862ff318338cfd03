/**
 * The address a slip of the hand most likely spoiled, for recipient-invalid-address's one-click
 * fix: full-width forms from a Chinese input method (＠ 。 ， and full-width letters), a dot
 * before the "@" or doubled, a comma where a dot belongs, "@@", spaces next to "@" or ".",
 * punctuation left at either end, a "mailto:" copied with a link, one character no domain can hold
 * (li@#qq.com), ".co," for ".com", and a provider's last dot left out (gmailcom). Only repairs that leave one reading are made: two addresses
 * run together (a@qq.com；b@163.com) or a space between two words (zhang san@qq.com: zhangsan?
 * zhang.san?) get no fix, since either guess may reach a stranger.
 */
import { checkAddress, toHalfWidth, trimAscii } from "./address";
import { isKnownDomain } from "./domains";

/** A comma typed for a dot between two letters or digits, half- or full-width. */
const COMMA_FOR_DOT = /([0-9A-Za-z\u00c0-\uffff])[,，]+(?=[0-9A-Za-z\u00c0-\uffff])/g;
/**
 * Spaces of any width next to "@" or "." (never between two words). No look-behind: the Send
 * handler runs on ES2016 engines, which reject it.
 */
const SPACE_AT_SEPARATOR = /[ \t\u00a0\u3000]*([@.])[ \t\u00a0\u3000]*/g;
/** Punctuation, brackets, quotes and spaces a paste or the end of a list leaves at either end. */
const EDGE_JUNK = /^[\s\u3000,;，；、.<>《》“”"'()（）\\]+|[\s\u3000,;，；、.<>《》“”"'()（）\\]+$/g;
/** A link's scheme copied with the address (mailto:li@qq.com). */
const MAILTO = /^mailto:/i;
/**
 * ".co" with "," or "<" after it at the end: the comma key sits next to "m", so this is ".com"
 * typed with one key off, not the .co of Colombia followed by a stray comma.
 */
const COMMA_FOR_M = /\.co[,<]$/i;
/** Characters no domain can hold; one of them alone in a domain (li@#qq.com) is a stray key. */
const NOT_IN_DOMAIN = /[#'"!$%&*+/=?^`{|}~()<>[\]:;\\]/g;

/**
 * The repaired address, or undefined when there is nothing safe to repair or the result is still
 * not an address. The local part keeps its case and script.
 */
export function repairAddress(raw: string): string | undefined {
  const original = trimAscii(raw);
  let s = toHalfWidth(original);
  // Two addresses joined by a separator are not one address with a slip in it.
  if (s.split("@").length > 2 && !/@@/.test(s)) return undefined;
  s = s.replace(/@{2,}/g, "@");
  if (s.indexOf("@") !== s.lastIndexOf("@")) return undefined;
  s = s.replace(MAILTO, "").replace(COMMA_FOR_M, ".com");
  s = s.replace(EDGE_JUNK, "").replace(SPACE_AT_SEPARATOR, "$1").replace(COMMA_FOR_DOT, "$1.");
  s = withoutStrayDomainChar(s);
  // Dots: none doubled, none next to the "@", none at either end of the domain.
  s = s.replace(/\.{2,}/g, ".").replace(/\.+@/, "@").replace(/@\.+/, "@");
  s = withDotBeforeEnding(s);
  if (s === original || !checkAddress(s).ok) return undefined;
  return s;
}

/** The domain without the one character it cannot hold; left as it is when there are more. */
function withoutStrayDomainChar(address: string): string {
  const at = address.indexOf("@");
  if (at < 0) return address;
  const domain = address.slice(at + 1);
  const stray = domain.match(NOT_IN_DOMAIN);
  if (!stray || stray.length !== 1) return address;
  return address.slice(0, at + 1) + domain.replace(NOT_IN_DOMAIN, "");
}

/**
 * A provider's domain typed without its last dot (li@gmailcom, li@qqcom) gets it back; only a
 * known mail domain, so a dotless intranet name is not turned into a guess.
 */
function withDotBeforeEnding(address: string): string {
  const at = address.indexOf("@");
  const domain = address.slice(at + 1).toLowerCase();
  if (domain.indexOf(".") >= 0) return address;
  for (const ending of ["com", "net", "cn", "org"]) {
    const cut = domain.length - ending.length;
    if (cut > 0 && domain.slice(cut) === ending && isKnownDomain(`${domain.slice(0, cut)}.${ending}`)) {
      return `${address.slice(0, at + 1)}${domain.slice(0, cut)}.${ending}`;
    }
  }
  return address;
}
