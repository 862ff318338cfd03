/**
 * Walking an archive listing and its nested listings. Kept apart from the zip reader so rules can
 * use it without pulling the decompressor into the Smart Alerts bundle.
 */
import type { ArchiveEntry, ArchiveListing } from "../engine/snapshot";

/** Separator shown between nesting levels: "outer.zip › inner.zip › setup.exe". */
export const NESTING_SEPARATOR = " › ";

export interface VisitedEntry {
  readonly entry: ArchiveEntry;
  /** Paths from the outermost listing down to this entry (the last item is `entry.path`). */
  readonly chain: readonly string[];
}

/** Directory records carry no content; the listing keeps them only if a writer stored them. */
export function isDirectory(entry: ArchiveEntry): boolean {
  return entry.path.endsWith("/") || entry.path.endsWith("\\");
}

/**
 * Every file entry at every depth, outer entries first. Iterative (no recursion, no generators)
 * so a deep or huge listing costs a bounded stack and transpiles to ES2016 plainly.
 */
export function allEntries(listing: ArchiveListing): VisitedEntry[] {
  const out: VisitedEntry[] = [];
  const stack: { listing: ArchiveListing; chain: readonly string[] }[] = [{ listing, chain: [] }];
  while (stack.length > 0) {
    const current = stack.pop()!;
    const nested: { listing: ArchiveListing; chain: readonly string[] }[] = [];
    for (const entry of current.listing.entries) {
      const chain = [...current.chain, entry.path];
      if (!isDirectory(entry)) out.push({ entry, chain });
      if (entry.listing) nested.push({ listing: entry.listing, chain });
    }
    // Reverse so the first nested archive is visited first.
    for (let i = nested.length - 1; i >= 0; i -= 1) stack.push(nested[i]);
  }
  return out;
}

export interface ListingGap {
  /** Paths of the nested archive down to the listing with the gap; empty for the outer one. */
  readonly chain: readonly string[];
  readonly truncated: boolean;
  readonly unreadable?: string;
}

/** Listings (outer or nested) that were cut short or could not be read. */
export function listingGaps(listing: ArchiveListing): ListingGap[] {
  const gaps: ListingGap[] = [];
  const stack: { listing: ArchiveListing; chain: readonly string[] }[] = [{ listing, chain: [] }];
  while (stack.length > 0) {
    const current = stack.pop()!;
    const { truncated, unreadable } = current.listing;
    if (truncated || unreadable !== undefined) {
      gaps.push({ chain: current.chain, truncated, ...(unreadable !== undefined ? { unreadable } : {}) });
    }
    for (const entry of current.listing.entries) {
      if (entry.listing) stack.push({ listing: entry.listing, chain: [...current.chain, entry.path] });
    }
  }
  return gaps;
}
