import { MAX_CONTENT_CHARS } from "../../src/text/body/body";
import { findNotChecked, NOT_CHECKED_MESSAGES } from "../../src/check/not-checked";
import { makeSnapshot } from "../helpers/snapshot";
import { NESTING_SEPARATOR } from "../../src/archive/walk";
import type { ArchiveEntry, ArchiveListing } from "../../src/engine/snapshot";
import { expectEveryLocale } from "../helpers/locales";

describe("findNotChecked", () => {
  it("is empty for a message read completely", () => {
    expect(findNotChecked(makeSnapshot({ body: { text: "hello" } }))).toEqual([]);
  });

  it("names every flag the adapter set, in a fixed order", () => {
    const gaps = findNotChecked(
      makeSnapshot({ flags: { nestedMessagesTooDeep: true, bodyTruncated: true, attachmentsIncomplete: true, recipientsIncomplete: true } }),
    );
    expect(gaps.map((g) => g.kind)).toEqual(["recipientsIncomplete", "attachmentsIncomplete", "bodyTruncated", "nestedTooDeep"]);
  });

  it("says when the content rules read only the start of a long body", () => {
    const gaps = findNotChecked(makeSnapshot({ body: { text: "x".repeat(MAX_CONTENT_CHARS + 1) } }));
    expect(gaps).toEqual([{ kind: "bodyOverLimit", data: { limit: MAX_CONTENT_CHARS } }]);
  });

  it("names each attachment whose content could not be read, once per attachment", () => {
    const message = makeSnapshot({
      attachments: [
        { id: "1", name: "big.zip", size: 30e6, kind: "file", inline: false, contentUnavailable: "archive is 30 MB, over the 10 MB listing limit" },
        { id: "2", name: "ok.pdf", size: 100, kind: "file", inline: false },
      ],
    });
    expect(findNotChecked(message)).toEqual([
      { kind: "attachmentUnread", data: { name: "big.zip", reason: "archive is 30 MB, over the 10 MB listing limit" } },
    ]);
  });

  it("does not repeat an attached message left unread for its depth", () => {
    const message = makeSnapshot({
      flags: { nestedMessagesTooDeep: true },
      attachments: [{ id: "1", name: "a.eml › b.eml", size: 100, kind: "item", inline: false, contentUnavailable: "nested too deep" }],
    });
    expect(findNotChecked(message).map((g) => g.kind)).toEqual(["nestedTooDeep"]);
  });
});

describe("findNotChecked and archives", () => {
  const archived = (name: string, archive: ArchiveListing) => makeSnapshot({ attachments: [{ id: "1", name, size: 500, kind: "file", inline: false, archive }] });
  const level = (format: string, entries: ArchiveEntry[], extra: Partial<ArchiveListing> = {}): ArchiveListing => ({ format, entries, truncated: false, ...extra });

  it("names an archive that could not be listed, and why", () => {
    expect(findNotChecked(archived("backup.7z", level("7z", [], { unreadable: "damaged archive (Headers Error)" })))).toEqual([
      { kind: "archiveUnreadable", data: { name: "backup.7z", reason: "damaged archive (Headers Error)" } },
    ]);
  });

  it("names the nested archive where the gap is, and a listing cut short", () => {
    const nested = level("zip", [{ path: "in/old.rar", size: 10, encrypted: false, listing: level("rar", [], { unreadable: "not a readable rar archive" }) }]);
    expect(findNotChecked(archived("a.zip", nested))).toEqual([
      { kind: "archiveUnreadable", data: { name: `a.zip${NESTING_SEPARATOR}in/old.rar`, reason: "not a readable rar archive" } },
    ]);
    expect(findNotChecked(archived("many.tar", level("tar", [], { truncated: true })))).toEqual([{ kind: "archiveTruncated", data: { name: "many.tar" } }]);
  });

  it("leaves out a document that is a zip inside, and archives listed in full", () => {
    expect(findNotChecked(archived("report.docx", level("zip", [], { unreadable: "damaged central directory" })))).toEqual([]);
    expect(findNotChecked(archived("a.7z", level("7z", [{ path: "a.pdf", size: 1, encrypted: false }])))).toEqual([]);
  });
});

describe("findNotChecked and DNS look-ups", () => {
  it("names the domains whose look-up failed, and only those", () => {
    const domainChecks = [
      { domain: "contoso.cn", status: "ok" as const },
      { domain: "flaky.example", status: "error" as const },
      { domain: "gone.example", status: "not-found" as const },
    ];
    expect(findNotChecked(makeSnapshot({ domainChecks }))).toEqual([{ kind: "domainLookupFailed", data: { domains: ["flaky.example"] } }]);
    expect(findNotChecked(makeSnapshot({ domainChecks: domainChecks.slice(0, 1) }))).toEqual([]);
  });

  it("lists at most ten domains of a mass mailing", () => {
    const domainChecks = Array.from({ length: 50 }, (_, i) => ({ domain: `d${i}.example`, status: "error" as const }));
    const [gap] = findNotChecked(makeSnapshot({ domainChecks }));
    expect(gap.data.domains).toHaveLength(11);
    expect(gap.data.domains).toContain("…");
  });
});

describe("NOT_CHECKED_MESSAGES", () => {
  it.each(Object.entries(NOT_CHECKED_MESSAGES))("%s has the same placeholders in every language", (_, text) => {
    expectEveryLocale(text);
  });
});
