/**
 * Nested comments in address fields. RFC 5322 lets a comment hold comments ("To: harley@argote.ch
 * ((Robert Harley))"), and real mailers write them; postal-mime's tokenizer ends a comment at the
 * first ")", so the second ")" became part of the address ("harley@argote.ch)"), which was then
 * reported as invalid. Here the inner parentheses of a comment are made spaces, leaving one
 * comment with the same words, which postal-mime reads whole.
 */
import { ADDRESS_FIELDS } from "./address-groups";

/** The field with its comments one level deep; a field without nesting comes back unchanged. */
export function flattenNestedComments(field: string): string {
  const colon = field.indexOf(":");
  if (colon < 0 || !ADDRESS_FIELDS.has(field.slice(0, colon).trim().toLowerCase())) return field;
  let out = "";
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < field.length; i++) {
    const c = field[i];
    // A backslash quotes the next character inside quotes and comments (RFC 5322 quoted-pair).
    if (c === "\\" && (quoted || depth > 0) && i + 1 < field.length) {
      out += c + field[i + 1];
      i++;
      continue;
    }
    if (quoted) {
      if (c === '"') quoted = false;
      out += c;
    } else if (c === '"' && depth === 0) {
      quoted = true;
      out += c;
    } else if (c === "(") {
      depth++;
      out += depth === 1 ? c : " ";
    } else if (c === ")" && depth > 0) {
      depth--;
      out += depth === 0 ? c : " ";
    } else out += c;
  }
  // An unclosed comment is left as the sender wrote it: postal-mime's reading of it is kept.
  return depth === 0 ? out : field;
}

/** Whether an address field's text may hold a comment within a comment: "(" twice before a ")". */
export function mayNestComments(text: Uint8Array): boolean {
  let open = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === 0x28) {
      if (open) return true;
      open = true;
    } else if (text[i] === 0x29) open = false;
  }
  return false;
}
