/**
 * Is the mark in a small greyscale crop a hollow ring (the Chinese full stop 。) rather than a
 * solid blob (a comma or a dot)? Tesseract's traditional-Chinese model often reads 。 as ',':
 * on the fixture scans that was most of its punctuation errors. The pixels settle it: a comma
 * is solid at every grey level, a 。 encloses paper.
 *
 * The crop holds the mark and some of its neighbours. Only dark shapes that do not touch the
 * crop's edge are considered (a neighbouring character reaches into the crop from the side),
 * and only ones about the size of a full stop; a scan's strokes are grey at their edges, so the
 * shape is traced at a few darkness levels and any level showing a hole counts.
 */

export interface GreyCrop {
  /** One byte per pixel, row by row, 0 black – 255 white. */
  grey: Uint8Array;
  width: number;
  height: number;
}

export interface RingSize {
  /** Width of a Chinese character on this line, in pixels: a 。 is well under half of it. */
  charWidth: number;
  /**
   * The columns (in the crop) where tesseract put the mark: the ring must overlap them by 40 % of
   * its width, so a closed part of the next character (口) is not taken for it.
   */
  column?: [number, number];
}

/** How far below the paper's grey a pixel must be to count as ink, as shares of the contrast. */
const INK_LEVELS = [0.15, 0.3, 0.5];
/** Below this contrast (paper vs darkest pixel) the crop is blank or noise. */
const MIN_CONTRAST = 50;

export function looksLikeRing(crop: GreyCrop, size: RingSize): boolean {
  const { grey } = crop;
  if (grey.length === 0) return false;
  let darkest = 255;
  for (const value of grey) if (value < darkest) darkest = value;
  const paper = percentile(grey, 0.9);
  if (paper - darkest < MIN_CONTRAST) return false;
  return INK_LEVELS.some((level) => hasHollowShape(crop, paper - level * (paper - darkest), size));
}

function percentile(values: Uint8Array, share: number): number {
  const counts = new Uint32Array(256);
  for (const value of values) counts[value]!++;
  const target = Math.floor(values.length * share);
  let seen = 0;
  for (let value = 0; value < 256; value++) {
    seen += counts[value]!;
    if (seen > target) return value;
  }
  return 255;
}

interface Shape {
  pixels: number[];
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  touchesEdge: boolean;
}

/** Dark shapes (8-connected) at `threshold`; true when a free-standing, 。-sized one has a hole. */
function hasHollowShape(crop: GreyCrop, threshold: number, size: RingSize): boolean {
  const { grey, width, height } = crop;
  const label = new Int32Array(width * height).fill(-1);
  let id = 0;
  for (let start = 0; start < grey.length; start++) {
    if (grey[start]! >= threshold || label[start]! >= 0) continue;
    const shape = traceShape(crop, threshold, label, start, id);
    if (
      !shape.touchesEdge &&
      isFullStopSized(shape, size.charWidth) &&
      overlapsColumn(shape, size.column) &&
      hasHole(shape, label, width, id)
    ) {
      return true;
    }
    id++;
  }
  return false;
}

function traceShape(
  crop: GreyCrop,
  threshold: number,
  label: Int32Array,
  start: number,
  id: number,
): Shape {
  const { grey, width, height } = crop;
  const shape: Shape = { pixels: [], x0: width, y0: height, x1: -1, y1: -1, touchesEdge: false };
  const stack = [start];
  label[start] = id;
  while (stack.length > 0) {
    const p = stack.pop()!;
    const x = p % width;
    const y = (p - x) / width;
    shape.pixels.push(p);
    shape.x0 = Math.min(shape.x0, x);
    shape.x1 = Math.max(shape.x1, x);
    shape.y0 = Math.min(shape.y0, y);
    shape.y1 = Math.max(shape.y1, y);
    if (x === 0 || y === 0 || x === width - 1 || y === height - 1) shape.touchesEdge = true;
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        const nx = x + dx;
        const ny = y + dy;
        if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
        const q = ny * width + nx;
        if (label[q]! < 0 && grey[q]! < threshold) {
          label[q] = id;
          stack.push(q);
        }
      }
    }
  }
  return shape;
}

/** Round and small: between 15 % and 50 % of a character's width, roughly as tall as wide. */
function isFullStopSized(shape: Shape, charWidth: number): boolean {
  const w = shape.x1 - shape.x0 + 1;
  const h = shape.y1 - shape.y0 + 1;
  const smallest = Math.max(3, charWidth * 0.15);
  const largest = charWidth * 0.5;
  return (
    w >= smallest && h >= smallest && w <= largest && h <= largest && w / h >= 0.6 && h / w >= 0.6
  );
}

function overlapsColumn(shape: Shape, column: [number, number] | undefined): boolean {
  if (!column) return true;
  const overlap = Math.min(shape.x1 + 1, column[1]) - Math.max(shape.x0, column[0]);
  return overlap >= 0.4 * (shape.x1 - shape.x0 + 1);
}

/**
 * Paper enclosed by the shape: flood the shape's bounding box from its border through every
 * pixel that is not the shape (4-connected); pixels left unreached are a hole. A few pixels at
 * least, so that one light speck inside a blot does not count.
 */
function hasHole(shape: Shape, label: Int32Array, width: number, id: number): boolean {
  const w = shape.x1 - shape.x0 + 1;
  const h = shape.y1 - shape.y0 + 1;
  const isShape = (x: number, y: number) => label[(y + shape.y0) * width + x + shape.x0] === id;
  const reached = new Uint8Array(w * h);
  const stack: number[] = [];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (x > 0 && y > 0 && x < w - 1 && y < h - 1) continue;
      if (!isShape(x, y)) {
        reached[y * w + x] = 1;
        stack.push(y * w + x);
      }
    }
  }
  while (stack.length > 0) {
    const p = stack.pop()!;
    const x = p % w;
    const y = (p - x) / w;
    for (const [nx, ny] of [
      [x + 1, y],
      [x - 1, y],
      [x, y + 1],
      [x, y - 1],
    ] as const) {
      if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
      const k = ny * w + nx;
      if (reached[k] || isShape(nx, ny)) continue;
      reached[k] = 1;
      stack.push(k);
    }
  }
  let hole = 0;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) if (!reached[y * w + x] && !isShape(x, y)) hole++;
  }
  return hole >= Math.max(2, 0.04 * w * h);
}
