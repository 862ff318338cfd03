/**
 * A small, forgiving parser for the web links found in a message: scheme, user info, host, port.
 *
 * Why not the `URL` global: classic Outlook's JS-only runtime may not have it, and we want the
 * host the way a *browser* would end up at it, tricks included, rather than a validation error:
 * - user info is split off: `http://paypal.com@evil.com` goes to evil.com;
 * - backslashes count as slashes and any number of them may follow the scheme (`http:\\evil.com`);
 * - the host is percent-decoded, NFKC-folded (full-width ｅｖｉｌ．ｃｏｍ), lower-cased, and `。`
 *   separates labels, as IDNA mapping does;
 * - IPv4 hosts are recognised in every notation browsers accept: dotted, a single integer
 *   (`http://3232235777/`), hex (`0xC0.0xA8.1.1`), octal (`0300.0250.1.1`) and short forms
 *   (`192.168.257`), and are reported in dotted decimal;
 * - IPv6 hosts (`[::1]`) are recognised;
 * - `xn--` labels are decoded for display, and both forms are kept.
 */
import { hostToUnicode } from "./idn";

export type HostKind = "domain" | "ipv4" | "ipv6";

export interface ParsedUrl {
  /** Lower case without ":"; "http" for the scheme-less "www." and "//" forms. */
  readonly scheme: string;
  /** What came before "@" in the authority (decoded), "" when none. */
  readonly userinfo: string;
  /** Lower case. IPv4 in dotted decimal; IPv6 without brackets; IDN labels as written. */
  readonly host: string;
  readonly hostKind: HostKind;
  /** `host` with `xn--` labels decoded: what a reader would take the host to be. */
  readonly displayHost: string;
  readonly port: string;
  /** Path, query and fragment, as written. */
  readonly rest: string;
}

const WEB_SCHEMES = new Set(["http", "https", "ftp"]);
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
/** Characters no host may contain once decoded (WHATWG "forbidden host code points", roughly). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what it rejects
const FORBIDDEN_HOST = /[\u0000-\u0020#%/:<>?@[\\\]^|"{}`\u007f]/;
/** How much of a link we look at: scheme, user info and host come first. */
const MAX_URL_SCAN = 4096;
/** Hosts longer than DNS allows are not worth parsing (and bound the work on hostile input). */
const MAX_HOST = 253;

/**
 * Parses a web link: http(s)/ftp with an authority, the scheme-relative "//host" form and the
 * scheme-less "www." form. Anything else (mailto:, tel:, cid:, relative paths) is undefined.
 */
export function parseWebUrl(raw: string): ParsedUrl | undefined {
  // Browsers drop tabs and newlines anywhere in a URL and trim spaces and controls at the ends.
  // Only the start matters for the host: a 5 MB data: URI is not copied around.
  const input = trimControls(raw.slice(0, MAX_URL_SCAN)).replace(/[\t\n\r]/g, "");
  let scheme = "http";
  let afterScheme: string;
  const m = SCHEME.exec(input);
  if (m && WEB_SCHEMES.has(m[1].toLowerCase())) {
    scheme = m[1].toLowerCase();
    afterScheme = input.slice(m[0].length).replace(/^[/\\]+/, "");
  } else if (input.startsWith("//")) {
    afterScheme = input.slice(2);
  } else if (/^www\./i.test(input)) {
    afterScheme = input;
  } else {
    return undefined;
  }
  const authorityEnd = afterScheme.search(/[/\\?#]/);
  const authority = authorityEnd < 0 ? afterScheme : afterScheme.slice(0, authorityEnd);
  const rest = authorityEnd < 0 ? "" : afterScheme.slice(authorityEnd);
  const at = authority.lastIndexOf("@");
  const userinfo = at < 0 ? "" : safeDecode(authority.slice(0, at));
  const hostPort = authority.slice(at + 1);

  let hostText: string;
  let port = "";
  if (hostPort.startsWith("[")) {
    const close = hostPort.indexOf("]");
    if (close < 0) return undefined;
    hostText = hostPort.slice(0, close + 1);
    const tail = hostPort.slice(close + 1);
    if (tail !== "" && !/^:\d*$/.test(tail)) return undefined;
    port = tail.slice(1);
  } else {
    const colon = hostPort.lastIndexOf(":");
    hostText = colon < 0 ? hostPort : hostPort.slice(0, colon);
    port = colon < 0 ? "" : hostPort.slice(colon + 1);
    if (!/^\d*$/.test(port)) return undefined;
  }
  const host = parseHost(hostText);
  if (host === undefined) return undefined;
  return { scheme, userinfo, ...host, port, rest };
}

interface ParsedHost {
  readonly host: string;
  readonly hostKind: HostKind;
  readonly displayHost: string;
}

function parseHost(text: string): ParsedHost | undefined {
  if (text === "" || text.length > MAX_HOST * 3) return undefined;
  if (text.startsWith("[")) {
    const inner = text.slice(1, -1).toLowerCase();
    if (!/^[0-9a-f:.]+$/.test(inner) || !inner.includes(":")) return undefined;
    return { host: inner, hostKind: "ipv6", displayHost: `[${inner}]` };
  }
  const host = safeDecode(text)
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u3002\uff0e\uff61]/g, ".")
    .replace(/\.$/, "");
  if (host === "" || host.length > MAX_HOST || FORBIDDEN_HOST.test(host)) return undefined;
  if (endsInNumber(host)) {
    const ip = parseIpv4(host);
    return ip === undefined ? undefined : { host: ip, hostKind: "ipv4", displayHost: ip };
  }
  return { host, hostKind: "domain", displayHost: hostToUnicode(host) };
}

function trimControls(s: string): string {
  let from = 0;
  let to = s.length;
  while (from < to && s.charCodeAt(from) <= 32) from += 1;
  while (to > from && s.charCodeAt(to - 1) <= 32) to -= 1;
  return s.slice(from, to);
}

function safeDecode(text: string): string {
  if (!text.includes("%")) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** WHATWG "ends in a number": then the host must be an IPv4 address, or the URL is invalid. */
function endsInNumber(host: string): boolean {
  const labels = host.split(".");
  const last = labels[labels.length - 1];
  return /^\d+$/.test(last) || /^0x[0-9a-f]*$/.test(last);
}

function ipv4Part(part: string): number | undefined {
  if (part === "") return undefined;
  if (/^0x[0-9a-f]*$/.test(part)) return part.length === 2 ? 0 : parseInt(part.slice(2), 16);
  // A leading zero means octal, so "08" is not a number at all (browsers reject the URL).
  if (part.length > 1 && part.startsWith("0")) return /^[0-7]+$/.test(part) ? parseInt(part, 8) : undefined;
  if (/^\d+$/.test(part)) return Number(part);
  return undefined;
}

/** Any IPv4 notation a browser accepts, as dotted decimal; undefined when it is not one. */
export function parseIpv4(host: string): string | undefined {
  const parts = host.split(".");
  if (parts.length > 4) return undefined;
  const numbers: number[] = [];
  for (const part of parts) {
    const n = ipv4Part(part);
    if (n === undefined || !Number.isFinite(n)) return undefined;
    numbers.push(n);
  }
  const last = numbers.pop() as number;
  if (numbers.some((n) => n > 255) || last >= 256 ** (4 - numbers.length)) return undefined;
  let value = last;
  numbers.forEach((n, i) => {
    value += n * 256 ** (3 - i);
  });
  return [value / 2 ** 24, value / 2 ** 16, value / 2 ** 8, value].map((v) => Math.floor(v) % 256).join(".");
}

/**
 * Second-level labels under which organisations register (a small public-suffix list for the
 * countries our users mail most): `example.com.cn` and `example.co.uk` are the sites, not
 * `com.cn` and `co.uk`. Chinese provincial zones (`example.sh.cn`) are included.
 */
const SECOND_LEVEL = new Set(
  [
    "com.cn net.cn org.cn gov.cn edu.cn ac.cn mil.cn",
    "ah.cn bj.cn cq.cn fj.cn gd.cn gs.cn gz.cn gx.cn ha.cn hb.cn he.cn hi.cn hk.cn hl.cn hn.cn jl.cn",
    "js.cn jx.cn ln.cn mo.cn nm.cn nx.cn qh.cn sc.cn sd.cn sh.cn sn.cn sx.cn tj.cn tw.cn xj.cn xz.cn yn.cn zj.cn",
    "com.hk net.hk org.hk edu.hk gov.hk idv.hk com.mo net.mo org.mo edu.mo gov.mo",
    "com.tw net.tw org.tw edu.tw gov.tw idv.tw club.tw",
    "co.uk org.uk ac.uk gov.uk ltd.uk plc.uk me.uk net.uk",
    "co.jp ne.jp or.jp ac.jp go.jp ad.jp ed.jp gr.jp lg.jp co.kr or.kr ne.kr ac.kr go.kr re.kr",
    "com.sg net.sg org.sg edu.sg gov.sg com.my net.my org.my edu.my gov.my",
    "com.au net.au org.au edu.au gov.au asn.au id.au co.nz net.nz org.nz govt.nz ac.nz",
    "co.in net.in org.in firm.in gen.in ind.in ac.in gov.in co.id or.id ac.id go.id",
    "com.br net.br org.br gov.br com.mx org.mx gob.mx co.za org.za gov.za com.tr org.tr gov.tr",
    "com.vn net.vn org.vn edu.vn gov.vn co.th or.th ac.th go.th in.th com.ph net.ph org.ph",
    "com.ar com.co com.pe com.ru org.ru net.ru com.ua co.il org.il ac.il com.sa com.eg com.pk com.ng",
  ]
    .join(" ")
    .split(" "),
);

/**
 * The part of a host an organisation controls, roughly: the last two labels, or three under a
 * known second-level suffix. IP addresses are returned as they are. Good enough to tell
 * "the same site" from "another site" in a link; not a full public-suffix list.
 */
export function registrableDomain(host: string, kind: HostKind = "domain"): string {
  if (kind !== "domain") return host;
  const labels = host.split(".");
  if (labels.length <= 2) return host;
  const lastTwo = labels.slice(-2).join(".");
  return labels.slice(SECOND_LEVEL.has(lastTwo) ? -3 : -2).join(".");
}

/** `host`, plus its Unicode reading when that differs (`xn--pple-43d.com (аpple.com)`). */
export function describeHost(url: ParsedUrl): string {
  return url.displayHost === url.host ? url.host : `${url.host} (${url.displayHost})`;
}
