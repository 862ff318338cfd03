/**
 * The few numbers `report` charts about each message besides its findings: its size and its
 * attachments' sizes as servers count them (the same estimates the size rules compare with the
 * limits), how many recipients it has and which outside domains it goes to. Small and plain, so a
 * result carrying them stays cheap to keep or to pass between threads; the message itself is not
 * kept.
 */
import type { EffectivePolicy } from "../../engine/policy/types";
import type { MessageSnapshot } from "../../engine/snapshot";
import { domainOf } from "../../text/addresses/address";
import { internalMatcher } from "../../text/addresses/domains";
import { encodedSize, utf8Length, wireSize } from "../../text/files/size";

export interface MessageFacts {
  /** Estimated encoded size of the whole message (as message-too-large estimates it). */
  readonly messageBytes: number;
  /** Encoded size of each attachment whose size is known (as attachment-too-large measures it). */
  readonly attachmentBytes: readonly number[];
  /** Every To, Cc and Bcc entry, duplicates included (as recipient-too-many counts them). */
  readonly recipients: number;
  /** The distinct recipient domains outside the company, lower case. */
  readonly externalDomains: readonly string[];
}

/** Kept in step with message-too-large: header block, and per-part headers and boundary. */
const HEADER_ALLOWANCE = 2 * 1024;
const PART_OVERHEAD = 300;

/** A domain longer than DNS allows is not a domain; keep the report's tables bounded. */
const MAX_DOMAIN = 253;

export function messageFacts(message: MessageSnapshot, policy: EffectivePolicy): MessageFacts {
  const attachmentBytes: number[] = [];
  let messageBytes = HEADER_ALLOWANCE;
  for (const attachment of message.attachments) {
    const wire = wireSize(attachment);
    if (wire === 0) continue;
    messageBytes += wire + PART_OVERHEAD;
    attachmentBytes.push(wire);
  }
  for (const part of [message.body.html, message.body.text]) {
    if (part !== undefined && part !== "") messageBytes += encodedSize(utf8Length(part)) + PART_OVERHEAD;
  }
  const internal = internalMatcher(policy.internalDomains, message.sender?.address);
  const external = new Set<string>();
  for (const recipient of message.recipients) {
    const domain = domainOf(recipient.address);
    // With no company domain known there is no outside: the report then shows no domains.
    if (domain === "" || domain.length > MAX_DOMAIN || internal.size === 0 || internal.matches(domain)) continue;
    external.add(domain);
  }
  return { messageBytes, attachmentBytes, recipients: message.recipients.length, externalDomains: [...external] };
}
