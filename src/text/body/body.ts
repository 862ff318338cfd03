/**
 * The body as the content rules read it: visible text, links and image counts, computed once per
 * snapshot body and shared. Ten content rules on a 5 MB HTML body must parse it once, not ten
 * times: the result is cached by the identity of the (readonly) `message.body` object, and the
 * cache holds it only as long as the snapshot lives.
 */
import type { MessageSnapshot } from "../../engine/snapshot";
import { analyseHtml, type ImageStats } from "./html";
import { collectLinks, type BodyLink } from "./links";
import { clipEnd } from "../../engine/shown";

export interface BodyAnalysis {
  /** "html" when the body has HTML (what recipients see), else "text". */
  readonly format: "html" | "text";
  /** Visible text: the HTML rendered to text, or the plain-text body as it is. */
  readonly text: string;
  /** HTML links, then links written as text outside any anchor. */
  readonly links: readonly BodyLink[];
  /** Image counts; all zero for a plain-text body. */
  readonly images: ImageStats;
  /** True when the body had more text than MAX_CONTENT_CHARS and only the start was read. */
  readonly truncated: boolean;
}

/**
 * How much visible text the content rules read: the first 256 K characters, some 100 pages.
 * Spam filters score the start of a message too (SpamAssassin reads 50 KB of each text part), and
 * every re-check in the pane and the check at Send must stay fast on any body: past this the
 * rules would only add time. Markup does not count, so inline images never use the budget up.
 */
export const MAX_CONTENT_CHARS = 256 * 1024;

const NO_IMAGES: ImageStats = { count: 0, tiny: 0, withAlt: 0, alt: "" };
const cache = new WeakMap<object, BodyAnalysis>();

export function bodyAnalysis(message: MessageSnapshot): BodyAnalysis {
  const body = message.body;
  const cached = cache.get(body);
  if (cached !== undefined) return cached;
  let result: BodyAnalysis;
  if (body.html !== undefined && body.html !== "") {
    const html = analyseHtml(body.html, MAX_CONTENT_CHARS);
    const text = html.text.slice(0, MAX_CONTENT_CHARS);
    const truncated = html.truncated || text.length < html.text.length;
    result = { format: "html", text, links: collectLinks(html.links, text), images: html.images, truncated };
  } else {
    const full = body.text ?? "";
    const text = full.slice(0, MAX_CONTENT_CHARS);
    result = { format: "text", text, links: collectLinks([], text), images: NO_IMAGES, truncated: text.length < full.length };
  }
  cache.set(body, result);
  return result;
}

/**
 * A short excerpt of `text` around `[start, end)`, whitespace collapsed and cut with "…", for a
 * finding's target: the user sees where in the body the problem is.
 */
export function excerptAround(text: string, start: number, end: number, context = 30): string {
  const from = Math.max(0, start - context);
  const to = Math.min(text.length, end + context);
  const core = text.slice(from, to).replace(/\s+/g, " ").trim();
  return `${from > 0 ? "…" : ""}${core}${to < text.length ? "…" : ""}`;
}

/** `text` on one line, cut to `max` characters with "…", for data shown inside a sentence. */
export function clipLine(text: string, max = 80): string {
  // Only the start can be shown: collapse the blanks of that much, not of a 5 MB value.
  let line = text.slice(0, max * 2).replace(/\s+/g, " ");
  if (text.length > max * 2) line += "…";
  return clipEnd(line, max);
}
