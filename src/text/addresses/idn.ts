/**
 * Punycode (RFC 3492) decoding for internationalised host names, so a finding can show the
 * `xn--` form a link really uses next to what a reader sees (`xn--pple-43d.com` is "аpple.com"
 * with a Cyrillic "а"). Decoding only: we never need to produce `xn--` labels.
 */

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
/** A DNS label is at most 63 characters; anything longer is not a host we should spend time on. */
const MAX_LABEL = 63;

function adapt(delta: number, numPoints: number, firstTime: boolean): number {
  let d = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / numPoints);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 22; // 0-9 → 26-35
  if (c >= 65 && c <= 90) return c - 65; // A-Z
  if (c >= 97 && c <= 122) return c - 97; // a-z
  return BASE;
}

/** Decodes the part after "xn--"; undefined when it is not valid Punycode. */
export function decodePunycode(input: string): string | undefined {
  if (input.length > MAX_LABEL) return undefined;
  const output: number[] = [];
  const basicEnd = input.lastIndexOf("-");
  for (let j = 0; j < Math.max(basicEnd, 0); j += 1) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) return undefined;
    output.push(c);
  }
  let n = INITIAL_N;
  let i = 0;
  let bias = INITIAL_BIAS;
  for (let pos = basicEnd > 0 ? basicEnd + 1 : 0; pos < input.length; ) {
    const oldi = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (pos >= input.length) return undefined;
      const digit = digitValue(input.charCodeAt(pos));
      pos += 1;
      if (digit >= BASE) return undefined;
      i += digit * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      w *= BASE - t;
      if (i > 0x10ffff * (output.length + 1)) return undefined;
    }
    bias = adapt(i - oldi, output.length + 1, oldi === 0);
    n += Math.floor(i / (output.length + 1));
    i %= output.length + 1;
    if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return undefined;
    output.splice(i, 0, n);
    i += 1;
  }
  return String.fromCodePoint(...output);
}

/** The host as a reader sees it: every valid `xn--` label decoded, other labels unchanged. */
export function hostToUnicode(host: string): string {
  if (!host.includes("xn--")) return host;
  return host
    .split(".")
    .map((label) => {
      if (!label.startsWith("xn--")) return label;
      const decoded = decodePunycode(label.slice(4));
      return decoded === undefined || decoded === "" ? label : decoded.toLowerCase();
    })
    .join(".");
}

function digitChar(d: number): string {
  return String.fromCharCode(d < 26 ? 97 + d : 22 + d); // 0-25 → a-z, 26-35 → 0-9
}

/**
 * Encodes one label's code points as the part after "xn--" (RFC 3492 §6.3), so a finding can
 * show the name a look-alike domain really has. Written beside the decoder rather than taken from
 * the punycode package: that name is also a Node built-in, which pure code must not import.
 */
export function encodePunycode(label: string): string {
  const input = Array.from(label, (c) => c.codePointAt(0) ?? 0);
  let output = input.filter((c) => c < 0x80).map((c) => String.fromCharCode(c)).join("");
  const basic = output.length;
  let handled = basic;
  if (basic > 0) output += "-";
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  while (handled < input.length) {
    let m = 0x10ffff;
    for (const c of input) if (c >= n && c < m) m = c;
    delta += (m - n) * (handled + 1);
    n = m;
    for (const c of input) {
      if (c < n) delta += 1;
      if (c !== n) continue;
      let q = delta;
      for (let k = BASE; ; k += BASE) {
        const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
        if (q < t) break;
        output += digitChar(t + ((q - t) % (BASE - t)));
        q = Math.floor((q - t) / (BASE - t));
      }
      output += digitChar(q);
      bias = adapt(delta, handled + 1, handled === basic);
      delta = 0;
      handled += 1;
    }
    delta += 1;
    n += 1;
  }
  return output;
}

/** The host as DNS knows it: every label with a non-ASCII character as "xn--…". */
export function hostToAscii(host: string): string {
  return host
    .split(".")
    .map((label) => (isAscii(label) ? label : `xn--${encodePunycode(label)}`))
    .join(".");
}

export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}
