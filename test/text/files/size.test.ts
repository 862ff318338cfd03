import { encodedSize, formatSize, formatSizePair, utf8Length, wireSize } from "../../../src/text/files/size";
import { file } from "../../helpers/snapshot";

const MB = 1024 * 1024;

describe("encodedSize", () => {
  it.each([
    [0, 0],
    [1, 6], // "xx==" + CRLF
    [3, 6],
    [57, 78], // exactly one full 76-character line
    [58, 84],
    [-5, 0],
    [Number.NaN, 0],
  ])("%p raw bytes → %p on the wire", (raw, wire) => {
    expect(encodedSize(raw)).toBe(wire);
  });

  it("grows a large file by about 1.368", () => {
    const ratio = encodedSize(20 * MB) / (20 * MB);
    expect(ratio).toBeGreaterThan(1.368);
    expect(ratio).toBeLessThan(1.369);
    expect(formatSize(encodedSize(20 * MB))).toBe("27.4 MB");
  });
});

describe("wireSize", () => {
  it("encodes files, keeps items as they are, ignores cloud links and unknown sizes", () => {
    expect(wireSize(file("a.pdf", 57))).toBe(78);
    expect(wireSize(file("Re: plan", 1000, { kind: "item" }))).toBe(1000);
    expect(wireSize(file("big.mp4", 500 * MB, { kind: "cloud" }))).toBe(0);
    expect(wireSize(file("image001.png", 0, { inline: true }))).toBe(0);
  });
});

describe("formatSize", () => {
  it.each([
    [0, "0 B"],
    [512, "512 B"],
    [1023, "1023 B"],
    [1024, "1 KB"],
    [1536, "1.5 KB"],
    [1024 * 1023.96, "1 MB"],
    [18.9 * MB, "18.9 MB"],
    [25 * MB, "25 MB"],
    [2.5 * 1024 * MB, "2.5 GB"],
  ])("%p → %p", (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });

  it("names bytes in the reader's language", () => {
    expect(formatSize(300, "zh-CN")).toBe("300 字节");
    expect(formatSize(300, "zh-TW")).toBe("300 位元組");
    expect(formatSize(300, "en-US")).toBe("300 B");
    expect(formatSize(3 * MB, "zh-CN")).toBe("3 MB");
  });
});

describe("formatSizePair", () => {
  it("adds decimals until a size just over the limit reads differently", () => {
    expect(formatSizePair(25 * MB + 20_000, 25 * MB)).toEqual({ size: "25.02 MB", limit: "25 MB" });
    expect(formatSizePair(30 * MB, 25 * MB)).toEqual({ size: "30 MB", limit: "25 MB" });
  });
});

describe("utf8Length", () => {
  it("counts UTF-8 bytes", () => {
    expect(utf8Length("abc")).toBe(3);
    expect(utf8Length("é")).toBe(2);
    expect(utf8Length("附件")).toBe(6);
    expect(utf8Length("😀")).toBe(4);
    expect(utf8Length("\ud800x")).toBe(4); // a lone surrogate is written as U+FFFD
  });
});
