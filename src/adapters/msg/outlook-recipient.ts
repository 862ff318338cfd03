/**
 * One Outlook recipient (a .msg recipient or a .pst one: the same MAPI properties) as the
 * snapshot's address. An Exchange recipient's email property is an X.500 name (/o=…/cn=…), not an
 * address; its SMTP address is stored beside it, and when it is not, there is nothing to check:
 * the caller leaves it out and says some recipients were not checked, rather than report "invalid
 * address" on a colleague. A personal contact group (MAPIPDL) has no address of its own: Outlook
 * expands it when it sends, so it is marked as a distribution list, which the rules skip.
 */

export interface OutlookAddress {
  readonly address: string;
  readonly recipientType?: string;
}

/** undefined: an Exchange recipient without an SMTP address. */
export function outlookAddress(addressType: string | undefined, smtp: string | undefined, email: string | undefined): OutlookAddress | undefined {
  const type = (addressType ?? "").toUpperCase();
  const address = (smtp ?? "").trim() || (type === "EX" ? "" : (email ?? "").trim());
  if (type === "EX" && address === "") return undefined;
  return type === "MAPIPDL" ? { address, recipientType: "distributionList" } : { address };
}
