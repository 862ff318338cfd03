/**
 * fast-check inputs that probe the places hostile or careless input reaches: header folding
 * (proper, broken, colon-less runs), RFC 2047 encoded words (valid, unclosed, mislabelled,
 * badly encoded), address lists (groups, quotes, comments, angle brackets), and policy values
 * (overlong, control and direction characters, script and mailto tricks, wrong types). Shared by
 * the property test in `npm test` (few runs, fixed seed) and the bench's `fuzz` section (many).
 */
import fc from "fast-check";
import { parseEml } from "../../src/adapters/eml";
import { parsePolicyText, resolvePolicy } from "../../src/engine/policy/resolve";
import { policyErrorText } from "../../src/engine/policy/messages";
import type { Locale } from "../../src/engine/rule";
import { mailtoHref, webHref } from "../../src/text/addresses/contact-links";

const LOCALES: readonly Locale[] = ["zh-CN", "zh-TW", "en-US"];

const base64Payload = fc.constantFrom("YWJj", "5Lit5paH", "1tDOxA==", "////", "QQ", "Q", "=", "", "!!", "YW Jj");
const qpPayload = fc.constantFrom("a_b", "=E4=B8=AD", "=ZZ", "=", "=4", "a=20b", "?", "_", "=C4=E3=BA=C3");
const charset = fc.constantFrom("utf-8", "UTF-8", "gb2312", "gbk", "gb18030", "big5", "iso-8859-1", "us-ascii", "euc-cn", "x-unknown", "utf-8*zh", "");

/** An encoded word, or something that starts like one and goes wrong. */
const encodedWord = fc.oneof(
  fc.tuple(charset, base64Payload).map(([c, p]) => `=?${c}?B?${p}?=`),
  fc.tuple(charset, qpPayload).map(([c, p]) => `=?${c}?Q?${p}?=`),
  fc.tuple(charset, base64Payload).map(([c, p]) => `=?${c}?B?${p}`), // never closed
  fc.constantFrom("=?", "?=", "=?utf-8?", "=?utf-8?X?abc?=", "=??B?YWJj?="),
);

const plain = fc.oneof(
  fc.constantFrom("hello", "报告", "a@example.cn", "<b@example.cn>", '"Zhang, Wei"', "(comment", ")", "group:", ";", ",", ":", "<", ">", '"', "\\", "@"),
  fc.string({ maxLength: 12 }),
);

/** What joins tokens: spaces, proper folds, folds without whitespace (a broken fold), raw 8-bit bytes. */
const joint = fc.constantFrom(" ", "", "\r\n ", "\r\n\t", "\n ", "\r\n", "\r\n\r\n ", "\xd6\xd0", "\x00", "\t");

const headerValue = fc.array(fc.tuple(fc.oneof(encodedWord, plain), joint), { maxLength: 24 }).map((parts) => parts.map(([token, sep]) => token + sep).join(""));

/** A value repeated many times: the shapes that once cost quadratic time, at a size a test can afford. */
const repeatedValue = fc
  .tuple(fc.oneof(encodedWord, plain), joint, fc.integer({ min: 50, max: 2000 }))
  .map(([token, sep, times]) => (token + sep).repeat(times));

const fieldName = fc.constantFrom("Subject", "From", "To", "Cc", "Bcc", "Reply-To", "X-Note", "Content-Type", "Content-Disposition", "Content-Transfer-Encoding");

/** A whole message: fields in any order, then a body (sometimes none, sometimes multipart). */
export const hostileMessage = fc
  .tuple(
    fc.array(fc.tuple(fieldName, fc.oneof({ weight: 4, arbitrary: headerValue }, { weight: 1, arbitrary: repeatedValue })), { maxLength: 8 }),
    fc.constantFrom("", "\r\nbody\r\n", "\r\n--B\r\nContent-Type: text/plain\r\n\r\nx\r\n--B--\r\n", "\r\n"),
  )
  .map(([fields, body]) => {
    const header = fields.map(([name, value]) => `${name}: ${value}\r\n`).join("");
    // Latin-1 so raw 8-bit bytes reach the parser as bytes, as in old Chinese mail.
    return Uint8Array.from(`${header}${body}`, (c) => c.charCodeAt(0) & 0xff);
  });

/** Checks one message: a snapshot that serialises, or a clear error; never an exception. */
export async function checkMessage(bytes: Uint8Array): Promise<void> {
  const result = await parseEml(bytes);
  if (result.ok) {
    if (typeof result.snapshot.subject !== "string") throw new Error("subject is not a string");
    JSON.stringify(result.snapshot);
  } else if (!(result.error.length > 0)) {
    throw new Error("an error without a message");
  }
}

const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    "javascript:alert(1)@x.y",
    "it@example.cn?cc=boss@example.cn&body=hi",
    "it@example.cn",
    "https://help.example.cn/",
    "https://help.example.cn/\u0000",
    "https://help.example.cn/\u202etxt.exe",
    "https://it@evil.cn/",
    "example.cn",
    "EXAMPLE.CN",
    "exe",
    "\u202e",
    "",
    " ",
  ),
  fc.tuple(fc.constantFrom("a", "a.", "a@", "-", "/", " "), fc.integer({ min: 100, max: 5000 })).map(([unit, n]) => unit.repeat(n)),
);

const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    hostileString,
    fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -1, 1e12, 1e308, 3000)),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.oneof(hostileString, fc.constantFrom("zh-CN", "en-US", "severity", "options", "email", "url", "name")), tie("value"), { maxKeys: 4 }),
  ),
})).value;

/** A policy that is partly right: known places with hostile values, and unknown ones. */
export const hostilePolicy = fc.dictionary(
  fc.oneof(
    fc.constantFrom("extends", "internalDomains", "knownDomains", "limits", "rules", "blockedExtensions", "keywords", "sensitiveWords", "enforcement", "cloudShare", "support", "archiveScanMaxBytes", "$schema"),
    fc.string({ maxLength: 10 }),
  ),
  fc.oneof(
    hostileValue,
    fc.array(fc.record({ name: fc.constant({ "en-US": "IT" }), email: hostileString, url: hostileString }, { requiredKeys: ["name"] }), { maxLength: 3 }),
  ),
  { maxKeys: 5 },
);

/** Checks one policy: valid with safe links, or errors that each have a place and a sentence in every language. */
export function checkPolicy(file: unknown): void {
  const text = JSON.stringify(file);
  for (const { policy, errors } of [resolvePolicy(file), parsePolicyText(text), parsePolicyText(text.slice(0, text.length >> 1))]) {
    for (const error of errors) {
      for (const locale of LOCALES) if (!policyErrorText(error, locale)) throw new Error(`no ${locale} text for ${error.code}`);
    }
    if (errors.length > 0) continue;
    for (const contact of policy.support) {
      if (contact.email !== undefined && mailtoHref(contact.email) === undefined) throw new Error(`valid policy, unsafe e-mail ${JSON.stringify(contact.email)}`);
      if (contact.url !== undefined && webHref(contact.url) === undefined) throw new Error(`valid policy, unsafe url ${JSON.stringify(contact.url)}`);
    }
  }
}
