/**
 * src/text/addresses/shorteners.generated.ts must hold exactly the hosts of the shared reference list.
 * When this fails after the list changed, regenerate: `node test/text/addresses/generate-shorteners.mjs`.
 */
import fs from "node:fs";
import path from "node:path";
import { URL_SHORTENER_HOSTS } from "../../../src/text/addresses/shorteners.generated";

const REFERENCE = path.resolve(__dirname, "../../../../shared/reference/url-shorteners.txt");

describe("URL shortener list", () => {
  it("equals the reference file's hosts", () => {
    if (!fs.existsSync(REFERENCE)) {
      throw new Error(`Reference list missing: ${REFERENCE}. The shared folder must sit beside the checkout.`);
    }
    const expected = [
      ...new Set(
        fs
          .readFileSync(REFERENCE, "utf8")
          .split(/\r?\n/)
          .map((line) => line.trim().toLowerCase())
          .filter((line) => line !== "" && !line.startsWith("#")),
      ),
    ].sort();
    expect([...URL_SHORTENER_HOSTS]).toEqual(expected);
  });

  it("holds the well-known shorteners as plain lower-case hosts", () => {
    for (const host of ["bit.ly", "t.cn", "dwz.cn", "url.cn", "tinyurl.com"]) expect(URL_SHORTENER_HOSTS).toContain(host);
    for (const host of URL_SHORTENER_HOSTS) expect(host).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
  });
});
