/**
 * Links written as text ("see http://example.com/x" or "www.example.com"), which mail clients
 * turn into clickable links, and the one list of links the content rules read.
 *
 * Only `http://`, `https://` and `www.` forms are taken: bare domains ("example.com") would also
 * catch file names and version numbers ("report.zip", "v1.2"), and clients do not link them
 * consistently either.
 */
import type { HtmlLink } from "./html";
import { parseWebUrl, type ParsedUrl } from "../addresses/url";

export type LinkKind = "a" | "area" | "img" | "text";

export interface BodyLink {
  readonly kind: LinkKind;
  /** Where the link goes, as written (entity-decoded for HTML). */
  readonly href: string;
  /** Anchor text (a), alt text (area, img), or the URL itself (text). */
  readonly text: string;
  /** The parsed web address; absent for mailto:, tel:, cid:, fragments and relative links. */
  readonly url?: ParsedUrl;
}

export interface TextLink {
  readonly url: string;
  /** Offsets in the text, end exclusive. */
  readonly start: number;
  readonly end: number;
}

/**
 * A URL is a host, then optionally a port, path, query or fragment over the characters RFC 3986
 * allows. The host may be an internationalised one (bücher.de, 例子.中国): each label is a run
 * of ASCII and Latin letters, or a run of another script, never the two mixed, so that Chinese
 * prose right after a URL ("详见http://example.com/a。谢谢", "见www.example.com谢谢") is not taken
 * into the host. Everything after the host is ASCII: the link stops at spaces, quotes, angle
 * brackets and any other character. Explicit ranges, not \p{…} classes: the Send handler must
 * parse as ES2016. Each repetition is over disjoint classes, so the scan stays linear.
 */
const LATIN_LABEL = "[A-Za-z0-9\\-\u00c0-\u024f]+";
const SCRIPT_LABEL = "[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]+";
const LABEL = `(?:${LATIN_LABEL}|${SCRIPT_LABEL})`;
const TEXT_URL = new RegExp(`\\b(?:https?:\\/\\/|www\\.)(?:${LABEL}\\.)*${LABEL}(?:[:/?#@][A-Za-z0-9\\-._~:/?#[\\]@!$&'()*+,;=%]*)?`, "gi");
/** Sentence punctuation that ends a URL in prose rather than belonging to it. */
const TRAILING = new Set([".", ",", ";", ":", "!", "?", "'", '"', "*"]);

/**
 * Drops trailing punctuation, and closing brackets the URL did not open: "(see http://x.com/a)."
 * gives "http://x.com/a", while "http://x.com/wiki/A_(b)" keeps its ")". A character loop, not a
 * regex ending in `+$`, which would be quadratic on a long run of dots.
 */
function trimUrl(url: string): string {
  let parens = count(url, "(") - count(url, ")");
  let brackets = count(url, "[") - count(url, "]");
  let end = url.length;
  while (end > 0) {
    const c = url[end - 1];
    if (TRAILING.has(c)) end -= 1;
    else if (c === ")" && parens < 0) {
      parens += 1;
      end -= 1;
    } else if (c === "]" && brackets < 0) {
      brackets += 1;
      end -= 1;
    } else break;
  }
  return url.slice(0, end);
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n += 1;
  return n;
}

/** The http(s):// and www. links written in plain text, in order. */
export function findTextLinks(text: string): TextLink[] {
  const found: TextLink[] = [];
  TEXT_URL.lastIndex = 0;
  for (let m = TEXT_URL.exec(text); m !== null; m = TEXT_URL.exec(text)) {
    const url = trimUrl(m[0]);
    // "http://" alone, or "www." alone, is not a link.
    if (!/^(?:https?:\/\/|www\.)./i.test(url)) continue;
    found.push({ url, start: m.index, end: m.index + url.length });
  }
  return found;
}

/**
 * Every link of a body: HTML links first, then links written as text, except those that are the
 * text of an anchor (an anchor showing "www.example.com" is one link, not two). Each distinct
 * address is parsed once, however often it repeats.
 */
export function collectLinks(htmlLinks: readonly HtmlLink[], text: string): BodyLink[] {
  const parsed = new Map<string, ParsedUrl | null>();
  const parse = (href: string): ParsedUrl | undefined => {
    let url = parsed.get(href);
    if (url === undefined) {
      url = parseWebUrl(href) ?? null;
      parsed.set(href, url);
    }
    return url ?? undefined;
  };
  const links: BodyLink[] = htmlLinks.map((link) => withUrl(link.kind, link.href, link.text, parse(link.href)));
  const textLinks = findTextLinks(text);
  if (textLinks.length === 0) return links;

  // How many times each URL appears as (part of) an anchor's text: those occurrences in the text
  // are the anchors themselves. Counting, not offsets, keeps the HTML scan free of bookkeeping.
  const shownByAnchors = new Map<string, number>();
  for (const link of htmlLinks) {
    if (link.kind !== "a" || !(link.text.includes("://") || /www\./i.test(link.text))) continue;
    for (const t of findTextLinks(link.text)) shownByAnchors.set(t.url, (shownByAnchors.get(t.url) ?? 0) + 1);
  }
  for (const t of textLinks) {
    const shown = shownByAnchors.get(t.url) ?? 0;
    if (shown > 0) {
      shownByAnchors.set(t.url, shown - 1);
      continue;
    }
    links.push(withUrl("text", t.url, t.url, parse(t.url)));
  }
  return links;
}

function withUrl(kind: LinkKind, href: string, text: string, url: ParsedUrl | undefined): BodyLink {
  return url === undefined ? { kind, href, text } : { kind, href, text, url };
}
