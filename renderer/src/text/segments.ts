import { codePointLength } from './codePoints';
import type { MarkRange } from './highlight';

/** A range that may overlap others (an annotation), in code points of the text. */
export interface LayerRange {
  start: number;
  end: number;
  id: number;
}

/** A stretch of text with the same find mark and the same overlapping ranges over all of it. */
export interface Segment<L extends LayerRange> {
  text: string;
  /** Code point offset of the segment in the text. */
  start: number;
  /** The find match covering it (matches do not overlap one another). */
  mark: MarkRange | null;
  /** Every layered range covering it, in the order given. */
  layers: L[];
}

/** Whether a surrogate pair (one code point, two UTF-16 units) starts at `index`. */
function pairAt(text: string, index: number): boolean {
  const high = text.charCodeAt(index);
  const low = text.charCodeAt(index + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/**
 * Cuts `text` at every boundary of the find marks and of the layered ranges, which may overlap
 * freely. The segments spell the text exactly once, in order; offsets are code points.
 */
export function segmentText<L extends LayerRange>(
  text: string,
  marks: readonly MarkRange[],
  layers: readonly L[],
): Segment<L>[] {
  const length = codePointLength(text);
  const cuts = new Set<number>([0, length]);
  const clip = (value: number) => Math.min(length, Math.max(0, value));
  for (const range of [...marks, ...layers]) {
    cuts.add(clip(range.start));
    cuts.add(clip(range.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment<L>[] = [];
  let point = 0;
  let unit = 0;
  const advanceTo = (target: number): number => {
    while (point < target && unit < text.length) {
      unit += pairAt(text, unit) ? 2 : 1;
      point++;
    }
    return unit;
  };
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] ?? 0;
    const to = points[i + 1] ?? length;
    if (to <= from) continue;
    const fromUnit = advanceTo(from);
    const toUnit = advanceTo(to);
    const mark = marks.find((range) => range.start <= from && range.end >= to) ?? null;
    const covering = layers.filter((range) => range.start <= from && range.end >= to);
    const previous = segments.at(-1);
    // Neighbours with nothing on them merge, so plain text stays one text node.
    if (
      previous &&
      !mark &&
      covering.length === 0 &&
      !previous.mark &&
      previous.layers.length === 0
    ) {
      previous.text += text.slice(fromUnit, toUnit);
      continue;
    }
    segments.push({ text: text.slice(fromUnit, toUnit), start: from, mark, layers: covering });
  }
  return segments;
}
