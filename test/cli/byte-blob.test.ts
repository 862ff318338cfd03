import { ByteBlob } from "../../src/cli/byte-blob";

const bytesOf = async (blob: ByteBlob): Promise<number[]> => Array.from(new Uint8Array(await blob.arrayBuffer()));

describe("ByteBlob", () => {
  it("joins byte arrays, views, buffers, strings and other blobs in order", async () => {
    const view = new DataView(new Uint8Array([9, 8, 7, 6]).buffer, 1, 2);
    const blob = new ByteBlob([new Uint8Array([1, 2]), "\n", "é", view, new Uint8Array([3]).buffer, new ByteBlob(["A"])]);
    expect(await bytesOf(blob)).toEqual([1, 2, 0x0a, 0xc3, 0xa9, 8, 7, 3, 0x41]);
    expect(blob.size).toBe(9);
  });

  it("copies its parts when made, as a Blob does", async () => {
    const source = new Uint8Array([1, 2, 3]);
    const blob = new ByteBlob([source]);
    source[0] = 99;
    expect(await bytesOf(blob)).toEqual([1, 2, 3]);
  });

  it("hands out a buffer the caller may change without changing the blob", async () => {
    const blob = new ByteBlob([new Uint8Array([1, 2, 3])]);
    new Uint8Array(await blob.arrayBuffer())[0] = 42;
    expect(await bytesOf(blob)).toEqual([1, 2, 3]);
  });

  it("slices with the Blob index rules", async () => {
    const blob = new ByteBlob(["abcdef"]);
    expect(await blob.slice(1, 3).text()).toBe("bc");
    expect(await blob.slice(-2).text()).toBe("ef");
    expect(await blob.slice(4, 100).text()).toBe("ef");
    expect(await blob.slice(5, 2).text()).toBe("");
  });

  it("reports its type lower-cased and identifies as a Blob", () => {
    const blob = new ByteBlob([], { type: "Application/Octet-Stream" });
    expect(blob.type).toBe("application/octet-stream");
    expect(Object.prototype.toString.call(blob)).toBe("[object Blob]");
    expect(blob.size).toBe(0);
  });
});
