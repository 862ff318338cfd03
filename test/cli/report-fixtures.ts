/** Messages and policies built for the report tests: attachment sizes around two policies' limits. */
import type { CliIO } from "../../src/cli/io";
import type { ReportWriter } from "../../src/cli/report/write";
import { CLEAN, NO_SUBJECT, NOT_MIME, WITH_EXE } from "./messages";
import { memoryIO, type MemoryIO } from "./memory-io";

const MB = 1024 * 1024;

/** A message with one attachment of `rawBytes` bytes (base64 in the file). */
export function withAttachment(rawBytes: number, name = "data.bin", to = "Zhang San <zhang.san@contoso.cn>"): string {
  const base64 = Buffer.alloc(rawBytes, 0x41).toString("base64").replace(/.{76}/g, "$&\r\n");
  return [
    "From: Li Wei <li.wei@contoso.cn>",
    `To: ${to}`,
    "Subject: Figures",
    "MIME-Version: 1.0",
    'Content-Type: multipart/mixed; boundary="b1"',
    "",
    "--b1",
    "Content-Type: text/plain; charset=utf-8",
    "",
    "The figures are attached.",
    "",
    "--b1",
    `Content-Type: application/octet-stream; name="${name}"`,
    `Content-Disposition: attachment; filename="${name}"`,
    "Content-Transfer-Encoding: base64",
    "",
    base64,
    "--b1--",
    "",
  ].join("\r\n");
}

/** To outside domains: two to fabrikam.com, one to northwind.cn. */
export function toOutside(to: string): string {
  return CLEAN.replace("To: Zhang San <zhang.san@contoso.cn>", `To: ${to}`);
}

/** The attachment limit at 10 MB (share link from 8 MB) against 5 MB (share link from 3 MB). */
export const POLICY_10MB = JSON.stringify({ internalDomains: ["contoso.cn"], limits: { attachmentMaxBytes: 10 * MB, shareLinkThresholdBytes: 8 * MB, messageMaxBytes: 20 * MB } });
export const POLICY_5MB = JSON.stringify({ internalDomains: ["contoso.cn"], limits: { attachmentMaxBytes: 5 * MB, shareLinkThresholdBytes: 3 * MB, messageMaxBytes: 20 * MB } });

/**
 * Encoded sizes (×1.368): small 137 KB, mid 4.8 MB, big 8.2 MB, huge 12.3 MB. Under the 10 MB
 * policy: pass, pass, warn (share link), block; under the 5 MB one: pass, warn, block, block.
 */
export const MAIL: Readonly<Record<string, string>> = {
  "mail/a-clean.eml": CLEAN,
  "mail/b-no-subject.eml": NO_SUBJECT,
  "mail/c-exe.eml": WITH_EXE,
  "mail/d-small.eml": withAttachment(100 * 1024),
  "mail/e-mid.eml": withAttachment(3.5 * MB),
  "mail/f-big.eml": withAttachment(6 * MB),
  "mail/g-huge.eml": withAttachment(9 * MB),
  "mail/h-outside.eml": toOutside("a@fabrikam.com, b@northwind.cn"),
  "mail/i-outside.eml": toOutside("c@fabrikam.com"),
  "mail/j-not-mail.eml": NOT_MIME,
};

export type ReportIO = MemoryIO & ReportWriter & { readonly written: Map<string, string> };

/** An in-memory CliIO that also takes the report (the command writes through writeFileAtomic). */
export function reportIO(files: Readonly<Record<string, string | Uint8Array>>, options: Parameters<typeof memoryIO>[1] = {}): ReportIO {
  const written = new Map<string, string>();
  const io: CliIO & MemoryIO = memoryIO(files, options);
  return Object.assign(io, {
    written,
    writeFileAtomic: (path: string, text: string): Promise<void> => {
      written.set(path, text);
      return Promise.resolve();
    },
  });
}

/** Every `data-count` number in a report page, by key. */
export function pageCounts(html: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const match of html.matchAll(/data-count="([^"]+)">(\d+)</g)) counts[match[1]] = Number(match[2]);
  return counts;
}
