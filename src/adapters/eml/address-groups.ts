/**
 * Groups nested in groups, cut off before they cost time. RFC 5322 has no nested groups, but
 * postal-mime reads "a: b: c: …" as groups within groups, re-reading the rest of the field at
 * every level (up to 50): a 1 MB To of "g:g:g:…" took 14 s. Levels past the second are turned
 * into plain text here (their colons become spaces), so each field is read at most a few times.
 * postal-mime lists a nested group's members in the outer group anyway, so the recipients stay.
 */

/** Fields postal-mime reads as address lists. */
export const ADDRESS_FIELDS: ReadonlySet<string> = new Set(["from", "sender", "to", "cc", "bcc", "reply-to", "delivered-to", "return-path"]);

/** A group inside a group is already outside the standard; a third level is only ever an attack. */
const KEPT_LEVELS = 2;

/** What closes each of postal-mime's address operators; a group (":") runs to the next ";". */
const CLOSER: Readonly<Record<string, string>> = { '"': '"', "(": ")", "<": ">", ":": ";" };

/** The field ("To: …") with colons that would open a deeper level of groups made spaces. */
export function flattenDeepGroups(field: string): string {
  const colon = field.indexOf(":");
  if (colon < 0 || !ADDRESS_FIELDS.has(field.slice(0, colon).trim().toLowerCase())) return field;
  const spans: [number, number][] = [];
  findDeepGroups(field, colon + 1, field.length, 0, spans);
  let out = "";
  let cursor = 0;
  for (const [from, to] of spans) {
    if (!field.slice(from, to).includes(":")) continue;
    out += field.slice(cursor, from) + field.slice(from, to).replace(/:/g, " ");
    cursor = to;
  }
  return cursor === 0 ? field : out + field.slice(cursor);
}

/**
 * Reads `text[start, end)` as postal-mime's tokenizer does at `level`: inside quotes, comments
 * and angle brackets nothing is an operator (a backslash escapes within quotes), and a group's
 * content, up to its ";", is read again one level down. Collects the content of the groups at
 * the last level kept, where any colon would open one more.
 */
function findDeepGroups(text: string, start: number, end: number, level: number, out: [number, number][]): void {
  let expecting = "";
  let escaped = false;
  let groupStart = -1;
  const group = (from: number, to: number): void => {
    if (level + 1 < KEPT_LEVELS) findDeepGroups(text, from, to, level + 1, out);
    else out.push([from, to]);
  };
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (escaped) {
      escaped = false;
    } else if (expecting) {
      if (c === expecting) {
        if (expecting === ";") group(groupStart, i);
        expecting = "";
      } else if (expecting === '"' && c === "\\") {
        escaped = true;
      }
    } else if (c in CLOSER) {
      expecting = CLOSER[c];
      groupStart = i + 1;
    }
  }
  if (expecting === ";") group(groupStart, end);
}
