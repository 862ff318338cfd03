/**
 * Links the pane builds from the policy's support contacts. The policy is validated, but the
 * pane may run on a cached or hand-edited copy: these refuse anything that would make a link
 * carry more than the address (a mailto: with ?cc=…&body=…, a javascript: "address") or hide
 * what it points to (control, invisible or direction-changing characters). Refused values are
 * shown as plain text instead.
 */

/** Letters, digits, ".", "_", "+", "-" before the @ (as the schema's email), a host name after. */
const MAIL_ADDRESS = /^[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;
const MAX_ADDRESS = 254;

/** Characters no web address in the policy may hold (the schema's httpsUrl refuses them too). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE_IN_URL = /[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff"<>\\^`{|}]/;
const MAX_URL = 2048;

/** `mailto:` + the address, or undefined when it is not a plain address. */
export function mailtoHref(address: string): string | undefined {
  if (address.length > MAX_ADDRESS || !MAIL_ADDRESS.test(address)) return undefined;
  const at = address.lastIndexOf("@");
  // "+" is the only character of the pattern that a mail client might read differently unencoded.
  return `mailto:${encodeURIComponent(address.slice(0, at))}@${address.slice(at + 1)}`;
}

/** The address itself when it is an http(s) address with nothing hidden in it, else undefined. */
export function webHref(url: string): string | undefined {
  // A user name before the host ("https://it@evil.cn/") only serves to disguise where the link goes.
  if (url.length > MAX_URL || !/^https?:\/\/[^/?#@]+(?:[/?#]|$)/i.test(url) || UNSAFE_IN_URL.test(url)) return undefined;
  return url;
}
