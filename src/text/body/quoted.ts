/**
 * The part of a body the sender wrote: the quoted message of a reply or forward removed. Rules
 * that judge what *this* sender says (a mentioned attachment) must not react to the thread below.
 *
 * Cut at the first reply header: "-----Original Message-----", "-----原始邮件-----", Outlook's
 * "From: … Sent:" block and its Chinese forms ("发件人:", "寄件者:"), Gmail's "On … wrote:" and
 * "在 … 写道：". Lines starting with ">" (quoted in plain-text replies) are dropped too.
 * All patterns are anchored at a line start and bounded, so each costs one linear scan.
 */

const REPLY_HEADERS: readonly RegExp[] = [
  /^[ \t]*-{2,}[ \t]*(?:original message|forwarded message|原始邮件|原始郵件|原始信件|转发邮件|转发的邮件|轉寄郵件|轉寄的郵件)[ \t]*-{2,}/im,
  /^[ \t]*(?:发件人|發件人|寄件者|寄件人)[ \t]*[:：]/m,
  /^[ \t]*from[ \t]*:[^\n]*\n(?:[^\n]*\n){0,3}?[ \t]*(?:sent|date)[ \t]*:/im,
  /^[ \t]*on [^\n]{1,200} wrote:[ \t]*$/im,
  /^[ \t]*在[^\n]{1,200}(?:写道|寫道)[:：]?[ \t]*$/m,
];
const QUOTED_LINE = /^[ \t]*>[^\n]*$/gm;

/** `text` without the quoted reply or forward and without ">" lines. */
export function ownText(text: string): string {
  let cut = text.length;
  for (const header of REPLY_HEADERS) {
    const m = header.exec(text);
    if (m !== null && m.index < cut) cut = m.index;
  }
  const own = cut < text.length ? text.slice(0, cut) : text;
  return own.includes(">") ? own.replace(QUOTED_LINE, "") : own;
}
