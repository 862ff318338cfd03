/**
 * The rule ids of DESIGN.md §3's catalogue, copied by hand on purpose: policy files, the CLI's
 * JSON and the docs use them, so they are stable. A rename or removal must be noticed (tests
 * check each is still a rule); a new rule does not need to be added here.
 */
export const CATALOGUE: readonly string[] = [
  "recipient-invalid-address", "recipient-domain-typo", "recipient-duplicate", "recipient-external",
  "recipient-too-many", "recipient-exposed-list", "recipient-domain-unreachable", "attachment-large",
  "attachment-too-large", "message-too-large", "attachment-blocked-type", "attachment-double-extension",
  "attachment-spoofed-name", "attachment-archive-blocked-content", "attachment-archive-encrypted",
  "attachment-archive-unscannable", "attachment-macro-document", "subject-empty", "content-spam-keywords", "content-sensitive-words",
  "content-shouting", "content-link-shortener", "content-link-mismatch", "content-link-ip",
  "content-too-many-links", "content-image-only", "content-forgotten-attachment",
];
