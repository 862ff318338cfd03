// Draws the two icons of the unified manifest's app package from the shapes of icon.svg:
// color-192.png (full colour, 192x192) and outline-32.png (white on transparent, 32x32, as
// Microsoft requires for the outline icon). Pure Node (zlib), so anyone can redraw them the same
// way: `node assets/make-manifest-icons.cjs`. test/manifest/ checks the files match this output.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

/** Sub-samples per pixel side: 4x4 gives smooth edges without a real renderer. */
const SS = 4;

function segmentDistance(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

// Shapes are tests on a point in the 128-unit design space of icon.svg (or 32 for the outline).
const circle = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) <= r;
const polyline = (points, width) => (x, y) => points.slice(1).some((p, i) => segmentDistance(x, y, points[i], p) <= width / 2);
function roundedRect(x0, y0, w, h, r) {
  return (x, y) => {
    const qx = Math.max(x0 + r - x, 0, x - (x0 + w - r));
    const qy = Math.max(y0 + r - y, 0, y - (y0 + h - r));
    return x >= x0 && x <= x0 + w && y >= y0 && y <= y0 + h && Math.hypot(qx, qy) <= r;
  };
}
const not = (shape) => (x, y) => !shape(x, y);
const and = (...shapes) => (x, y) => shapes.every((s) => s(x, y));
const or = (...shapes) => (x, y) => shapes.some((s) => s(x, y));

/** Paints layers ({ shape, rgb }) in order, each sub-sample taking the last layer that covers it. */
function render(size, units, layers) {
  const rgba = Buffer.alloc(size * size * 4);
  const scale = units / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = (px + (sx + 0.5) / SS) * scale;
          const y = (py + (sy + 0.5) / SS) * scale;
          for (let i = layers.length - 1; i >= 0; i--) {
            if (!layers[i].shape(x, y)) continue;
            const [lr, lg, lb] = layers[i].rgb;
            r += lr; g += lg; b += lb; a += 1;
            break;
          }
        }
      }
      const o = (py * size + px) * 4;
      // Colour averaged over covered samples only (no dark fringe), alpha = coverage.
      if (a > 0) [rgba[o], rgba[o + 1], rgba[o + 2]] = [Math.round(r / a), Math.round(g / a), Math.round(b / a)];
      rgba[o + 3] = Math.round((255 * a) / (SS * SS));
    }
  }
  return rgba;
}

const BLUE = [0x0f, 0x6c, 0xbd];
const GREEN = [0x10, 0x7c, 0x10];
const WHITE = [0xff, 0xff, 0xff];

/** icon.svg at 192 px: envelope with a gap around the green check badge. */
function colorIcon() {
  const gap = not(circle(95, 87, 34));
  return render(192, 128, [
    { shape: and(roundedRect(6, 16, 100, 72, 11), gap), rgb: BLUE },
    { shape: and(polyline([[15, 27], [56, 56], [97, 27]], 7), gap), rgb: WHITE },
    { shape: circle(95, 87, 28), rgb: GREEN },
    { shape: polyline([[81, 87], [91, 97], [109, 77]], 9), rgb: WHITE },
  ]);
}

/** The same picture as white lines on transparent: envelope outline, flap, a badge with the check cut out. */
function outlineIcon() {
  const gap = not(circle(23.5, 22.5, 9));
  const envelope = and(roundedRect(1, 5, 27, 19, 3), not(roundedRect(3, 7, 23, 15, 1.5)));
  const flap = polyline([[5, 9.5], [14.5, 16], [24, 9.5]], 2);
  const badge = and(circle(23.5, 22.5, 7.5), not(polyline([[19.8, 22.8], [22.6, 25.4], [27.2, 19.8]], 2.2)));
  return render(32, 32, [{ shape: or(and(or(envelope, flap), gap), badge), rgb: WHITE }]);
}

function crc32(bytes) {
  let c = ~0;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "latin1");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** RGBA, 8 bits, filter 0 on every row: simple enough for the test to decode without a library. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", header), chunk("IDAT", zlib.deflateSync(rows, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

const ICONS = { "color-192.png": { size: 192, draw: colorIcon }, "outline-32.png": { size: 32, draw: outlineIcon } };

if (require.main === module) {
  for (const [name, { size, draw }] of Object.entries(ICONS)) {
    fs.writeFileSync(path.join(__dirname, name), encodePng(size, draw()));
    console.log(`wrote assets/${name}`);
  }
}

module.exports = { ICONS, encodePng };
