/**
 * The line that replaces an attachment with a share link: pure, so the escaping of hostile file
 * names and links is tested without Outlook. The line goes into the body as HTML, so every
 * message-supplied value is escaped, and the link is only accepted as a plain https:// address.
 */
import type { Locale } from "../engine/rule";
import type { CloudShare } from "../engine/policy/types";
import { formatSize } from "../text/files/size";

function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** The pasted link, trimmed, when it is a usable https:// address; otherwise undefined. */
export function parseShareUrl(input: string): string | undefined {
  const trimmed = input.trim();
  // Spaces or control characters inside mean it was not copied as one link.
  if (!/^https:\/\/[^\s/?#]+/i.test(trimmed) || /\s/.test(trimmed) || hasControl(trimmed)) return undefined;
  try {
    const url = new URL(trimmed);
    return url.protocol === "https:" && url.hostname !== "" ? trimmed : undefined;
  } catch {
    return undefined;
  }
}

/** Text and attribute values: the five characters HTML treats as markup or quote. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

export interface ShareLineInput {
  readonly name: string;
  readonly size: number;
  readonly url: string;
  readonly locale: Locale;
  readonly cloudShare: CloudShare;
}

/** "report.zip (18.9 MB): <a href="…">…</a> (link valid for 30 days)" as one paragraph ("报告.zip（18.9 MB）：…" in Chinese). */
export function shareLineHtml({ name, size, url, locale, cloudShare }: ShareLineInput): string {
  const safeUrl = parseShareUrl(url);
  if (safeUrl === undefined) throw new Error("a share link starting with https:// is needed");
  const note = cloudShare.expiryNote?.[locale]?.trim();
  const link = `<a href="${escapeHtml(safeUrl)}">${escapeHtml(safeUrl)}</a>`;
  // Chinese text takes full-width brackets and colon, with no spaces around them.
  const [open, close, colon] = locale === "en-US" ? [" (", ")", ": "] : ["（", "）", "："];
  const head = `${escapeHtml(name)}${open}${escapeHtml(formatSize(size, locale))}${close}`;
  return `<p>${head}${colon}${link}${note ? `${open}${escapeHtml(note)}${close}` : ""}</p>`;
}
