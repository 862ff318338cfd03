/**
 * Reads a PNG's IHDR chunk. Only the header is needed to check icon sizes, so this avoids a
 * PNG decoder dependency: the signature is 8 bytes and IHDR must be the first chunk.
 */
export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  /** 6 = truecolour with alpha (RGBA), which Outlook needs for a transparent icon background. */
  colourType: number;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const IHDR_DATA_LENGTH = 13;
/** Signature (8) + chunk length (4) + chunk type (4) + IHDR data (13). */
const MIN_LENGTH = 8 + 4 + 4 + IHDR_DATA_LENGTH;

/** Returns the header, or undefined when the bytes are not a PNG that starts with IHDR. */
export function readPngHeader(bytes: Uint8Array): PngHeader | undefined {
  if (bytes.length < MIN_LENGTH) return undefined;
  if (SIGNATURE.some((byte, i) => bytes[i] !== byte)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunkType = String.fromCharCode(bytes[12], bytes[13], bytes[14], bytes[15]);
  if (view.getUint32(8) !== IHDR_DATA_LENGTH || chunkType !== "IHDR") return undefined;
  return {
    width: view.getUint32(16),
    height: view.getUint32(20),
    bitDepth: bytes[24],
    colourType: bytes[25],
  };
}
