import fc from "fast-check";
import { decodeBase64 } from "../../src/archive/base64";

describe("decodeBase64", () => {
  it("decodes what Node encodes, for any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(decodeBase64(Buffer.from(bytes).toString("base64"))).toEqual(bytes);
      }),
    );
  });

  it("skips line breaks and spaces, and reads the URL-safe alphabet", () => {
    expect(Array.from(decodeBase64("SGVs\r\nbG8=") ?? [])).toEqual([72, 101, 108, 108, 111]);
    expect(Array.from(decodeBase64("-_8") ?? [])).toEqual([0xfb, 0xff]);
  });

  it.each([["not*base64"], ["ab=c"], ["A"], ["中文"]])("refuses %j", (text) => {
    expect(decodeBase64(text)).toBeUndefined();
  });

  it("reads the empty string as no bytes", () => {
    expect(decodeBase64("")).toEqual(new Uint8Array(0));
  });
});
