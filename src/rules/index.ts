/** The only list of rules. Adding a rule: its file, its table test, its doc page, one line here. */
import type { AnyRule } from "../engine/rule";
import subjectEmpty from "./subject-empty";
import contentSpamKeywords from "./content-spam-keywords";
import contentSensitiveWords from "./content-sensitive-words";
import contentShouting from "./content-shouting";
import contentLinkShortener from "./content-link-shortener";
import contentLinkMismatch from "./content-link-mismatch";
import contentLinkIp from "./content-link-ip";
import contentTooManyLinks from "./content-too-many-links";
import contentImageOnly from "./content-image-only";
import contentForgottenAttachment from "./content-forgotten-attachment";
import recipientInvalidAddress from "./recipient-invalid-address";
import recipientDomainTypo from "./recipient-domain-typo";
import recipientDomainLookalike from "./recipient-domain-lookalike";
import recipientDuplicate from "./recipient-duplicate";
import recipientExternal from "./recipient-external";
import recipientTooMany from "./recipient-too-many";
import recipientExposedList from "./recipient-exposed-list";
import recipientDomainUnreachable from "./recipient-domain-unreachable";
import attachmentLarge from "./attachment-large";
import attachmentTooLarge from "./attachment-too-large";
import messageTooLarge from "./message-too-large";
import attachmentBlockedType from "./attachment-blocked-type";
import attachmentDoubleExtension from "./attachment-double-extension";
import attachmentSpoofedName from "./attachment-spoofed-name";
import attachmentArchiveBlockedContent from "./attachment-archive-blocked-content";
import attachmentArchiveEncrypted from "./attachment-archive-encrypted";
import attachmentArchiveUnscannable from "./attachment-archive-unscannable";
import attachmentMacroDocument from "./attachment-macro-document";

export const RULES: readonly AnyRule[] = [
  recipientInvalidAddress,
  recipientDomainTypo,
  recipientDomainLookalike,
  recipientDuplicate,
  recipientExternal,
  recipientTooMany,
  recipientExposedList,
  recipientDomainUnreachable,
  attachmentLarge,
  attachmentTooLarge,
  messageTooLarge,
  attachmentBlockedType,
  attachmentDoubleExtension,
  attachmentSpoofedName,
  attachmentArchiveBlockedContent,
  attachmentArchiveEncrypted,
  attachmentArchiveUnscannable,
  attachmentMacroDocument,
  subjectEmpty,
  contentSpamKeywords,
  contentSensitiveWords,
  contentShouting,
  contentLinkShortener,
  contentLinkMismatch,
  contentLinkIp,
  contentTooManyLinks,
  contentImageOnly,
  contentForgottenAttachment,
];
