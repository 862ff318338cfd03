/**
 * Reasons in the reader's language. The reasons tested come from the readers themselves (zip,
 * 7-Zip, the size helper), not from this module's table, so a reader that changes its wording
 * fails here instead of leaving English in a Chinese sentence.
 */
import { strToU8, zipSync } from "fflate";
import { createArchiveLister } from "../../../src/archive/lister";
import { listZip } from "../../../src/archive/zip";
import { localizeReason, withLocalReason } from "../../../src/text/files/unread-reasons";
import { archiveTooLargeToList } from "../../../src/text/files/size";
import type { SevenZipRunner } from "../../../src/archive/sevenzip-load";
import { buildArchive, testRunner } from "../../archive/build-archives";

/** English words left in a Chinese reason: sizes' units and Outlook's name are fine. */
const englishLeft = (text: string): string[] => (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !["MB", "KB", "GB", "Outlook"].includes(w));

let runner: SevenZipRunner;
beforeAll(async () => {
  runner = await testRunner();
});

async function readersReasons(): Promise<string[]> {
  const list = createArchiveLister(runner, {});
  const zip = zipSync({ "a.txt": strToU8("hello hello hello"), "b.txt": strToU8("x") });
  const seven = await buildArchive("7z", { "setup.exe": strToU8("MZ") });
  const reasons = [
    listZip(new Uint8Array(0)).unreadable,
    listZip(strToU8("not a zip at all, just text")).unreadable,
    listZip(zip.subarray(0, zip.length - 10)).unreadable,
    list(seven.subarray(0, 40), "cut.7z").unreadable,
    list(strToU8("Rar!\x1a\x07\x01\x00garbage garbage garbage"), "bad.rar").unreadable,
    list(strToU8("plain text, no archive"), "notes.7z").unreadable,
    archiveTooLargeToList(30 * 1024 * 1024, 25 * 1024 * 1024),
    "attached message nested more than 3 levels deep: not read",
    "attached message could not be read: empty file",
    "this Outlook cannot hand attachment content to add-ins",
    "content was not valid base64",
  ];
  return reasons.map((r) => {
    if (r === undefined) throw new Error("a reader gave no reason");
    return r;
  });
}

describe("localizeReason", () => {
  it("puts every reason the readers give into Chinese, keeping the sizes", async () => {
    for (const reason of await readersReasons()) {
      for (const locale of ["zh-CN", "zh-TW"] as const) {
        const shown = localizeReason(reason, locale);
        expect({ reason, shown, english: englishLeft(shown) }).toEqual({ reason, shown, english: [] });
      }
    }
    expect(localizeReason(archiveTooLargeToList(30 * 1024 * 1024, 25 * 1024 * 1024), "zh-CN")).toBe("压缩包有 30 MB，超过 25 MB 的检查上限");
  });

  it("leaves English as it is, and an unknown reason as it was written", () => {
    expect(localizeReason("damaged archive", "en-US")).toBe("damaged archive");
    expect(localizeReason("something new went wrong", "zh-CN")).toBe("something new went wrong");
  });
});

describe("withLocalReason", () => {
  it("changes only the reason, only for Chinese", () => {
    const data = { name: "a.7z", reason: "damaged archive" };
    expect(withLocalReason(data, "zh-TW")).toEqual({ name: "a.7z", reason: "檔案已損毀或不完整" });
    expect(withLocalReason(data, "en-US")).toBe(data);
    const none = { name: "a.7z" };
    expect(withLocalReason(none, "zh-CN")).toBe(none);
  });
});
