/**
 * src/text/addresses/confusables.generated.ts must hold exactly the host-name mappings of the unhomoglyph
 * package's confusables table. When this fails after an update of the package, regenerate:
 * `node test/text/addresses/generate-confusables.mjs`.
 */
import data from "unhomoglyph/data.json";
import unhomoglyph from "unhomoglyph";
import { CONFUSABLES } from "../../../src/text/addresses/confusables.generated";
import { skeleton } from "../../../src/text/addresses/lookalike";

const HOST_TARGET = /^[A-Za-z0-9.-]+$/;

describe("confusables table", () => {
  it("equals the package's mappings of one character to host-name characters", () => {
    const expected = Object.entries(data as Record<string, string>).filter(([from, to]) => [...from].length === 1 && from !== "|" && HOST_TARGET.test(to));
    expect([...CONFUSABLES.entries()].sort()).toEqual(expected.sort());
  });

  it("gives the same skeleton as the package for look-alike domains", () => {
    for (const domain of ["gmaіl.com", "qq.cоm", "ехаmple.cn", "аррӏе.com", "gmaıl.com", "paypal.com", "gmail.com"]) {
      expect(skeleton(domain)).toBe(unhomoglyph(domain.normalize("NFD")).normalize("NFD").toLowerCase());
    }
  });
});
