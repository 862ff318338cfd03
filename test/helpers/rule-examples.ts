/**
 * Each rule's example message, read from its doc page (docs/rules/<id>.md, the fenced block
 * marked `json mail-preflight-example`), so an example lives where readers see it and a new rule
 * brings its own: the CLI test sends each as an .eml through `mail-preflight check`, the Send
 * handler's sandbox test serves each as an Outlook compose item. Both read the same message.
 */
import fs from "node:fs";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { buildZip } from "../archive/build-zip";
import type { ItemSpec } from "../launchevent/sandbox-runtime";

export interface ExampleAttachment {
  readonly name: string;
  /** A file of this many bytes. */
  readonly size?: number;
  /** A zip holding these files (path → text). */
  readonly zip?: Readonly<Record<string, string>>;
  /** A zip whose entries are encrypted (their names only). */
  readonly encryptedZip?: readonly string[];
  /** Bytes made by a test itself (never in a doc page). */
  readonly bytes?: Uint8Array;
}

export interface ExampleMessage {
  readonly from?: string;
  /** "address" or "Name <address>". */
  readonly to?: readonly string[];
  readonly cc?: readonly string[];
  /** "" for a message without a subject. */
  readonly subject?: string;
  readonly text?: string;
  readonly html?: string;
  readonly attachments?: readonly ExampleAttachment[];
}

export interface RuleExample {
  readonly ruleId: string;
  /** The policy file the example runs under: its `policy` over the company's domain. */
  readonly policy: Readonly<Record<string, unknown>>;
  readonly message: ExampleMessage;
  /** DNS answers that differ from "has a mail server" (domain → MX data, e.g. "0 ." for none). */
  readonly dns: Readonly<Record<string, string>>;
}

const DOCS = path.resolve(__dirname, "../../docs/rules");
const BLOCK = /```json mail-preflight-example\n([\s\S]*?)\n```/;
export const BASE_POLICY = { internalDomains: ["contoso.cn"] };

const PLAIN = {
  from: "Li Wei <li.wei@contoso.cn>",
  to: ["Zhang San <zhang.san@contoso.cn>"],
  subject: "Quarterly report",
  text: "Hello Zhang, the notes are below.",
};

/** The example of one rule, or undefined when its page has none. */
export function ruleExample(ruleId: string): RuleExample | undefined {
  const file = path.join(DOCS, `${ruleId}.md`);
  if (!fs.existsSync(file)) return undefined;
  const block = BLOCK.exec(fs.readFileSync(file, "utf8"));
  if (!block) return undefined;
  const parsed = JSON.parse(block[1]) as { policy?: Record<string, unknown>; message?: ExampleMessage; dns?: Record<string, string> };
  return { ruleId, policy: { ...BASE_POLICY, ...parsed.policy }, message: parsed.message ?? {}, dns: parsed.dns ?? {} };
}

export function attachmentBytes(a: ExampleAttachment): Uint8Array {
  if (a.bytes) return a.bytes;
  if (a.zip) return zipSync(Object.fromEntries(Object.entries(a.zip).map(([name, text]) => [name, strToU8(text)])));
  if (a.encryptedZip) return buildZip(a.encryptedZip.map((name) => ({ name, data: new Uint8Array(50).fill(0x41), flags: 1 })));
  return new Uint8Array(a.size ?? 0).fill(0x41);
}

const base64 = (bytes: Uint8Array): string => (Buffer.from(bytes).toString("base64").match(/.{1,76}/g) ?? []).join("\r\n");
const escapeHtml = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The message as an .eml: text or HTML body, then the attachments, CRLF line ends. */
export function exampleEml(message: ExampleMessage): string {
  const subject = message.subject ?? PLAIN.subject;
  const headers = [
    `From: ${message.from ?? PLAIN.from}`,
    `To: ${(message.to ?? PLAIN.to).join(", ")}`,
    ...(message.cc ? [`Cc: ${message.cc.join(", ")}`] : []),
    ...(subject === "" ? [] : [`Subject: =?UTF-8?B?${Buffer.from(subject).toString("base64")}?=`]),
    "MIME-Version: 1.0",
    'Content-Type: multipart/mixed; boundary="part"',
  ];
  const body = message.html
    ? `Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64(strToU8(message.html))}`
    : `Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64(strToU8(message.text ?? PLAIN.text))}`;
  const parts = [body];
  for (const a of message.attachments ?? []) {
    parts.push(
      `Content-Type: application/octet-stream; name="${a.name}"\r\nContent-Disposition: attachment; filename="${a.name}"\r\n` +
        `Content-Transfer-Encoding: base64\r\n\r\n${base64(attachmentBytes(a))}`,
    );
  }
  return `${headers.join("\r\n")}\r\n\r\n${parts.map((p) => `--part\r\n${p}\r\n`).join("")}--part--\r\n`;
}

function person(entry: string): { displayName: string; emailAddress: string } {
  const named = /^(.*?)\s*<([^>]*)>$/.exec(entry);
  return named ? { displayName: named[1], emailAddress: named[2] } : { displayName: "", emailAddress: entry };
}

/** The message as Outlook's compose item serves it to the Send handler. */
export function exampleItem(message: ExampleMessage): ItemSpec {
  return {
    subject: message.subject ?? PLAIN.subject,
    to: (message.to ?? PLAIN.to).map(person),
    cc: (message.cc ?? []).map(person),
    bcc: [],
    bodyHtml: message.html ?? `<p>${escapeHtml(message.text ?? PLAIN.text)}</p>`,
    attachments: (message.attachments ?? []).map((a) => ({ id: a.name, name: a.name, size: attachmentBytes(a).length, attachmentType: "file", isInline: false })),
  };
}
