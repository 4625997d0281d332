/**
 * Compact, storable map from cleaned-text offsets to extracted-text offsets (both in code
 * points). Cleaning keeps most text in runs, so the map is a list of run starts:
 * pairs (cleanedStart, originalStart), each run continuing one to one until the next.
 */
export function buildOffsetMap(
  cleanedLength: number,
  toOriginal: (offset: number) => number,
): Buffer {
  const pairs: number[] = [];
  let previous = -2;
  for (let i = 0; i < cleanedLength; i++) {
    const original = toOriginal(i);
    if (original !== previous + 1) pairs.push(i, original);
    previous = original;
  }
  return Buffer.from(new Int32Array(pairs).buffer);
}

function runs(map: Buffer): Int32Array {
  return new Int32Array(map.buffer.slice(map.byteOffset, map.byteOffset + map.byteLength));
}

/** Extracted-text offset of a cleaned-text offset. */
export function toOriginalOffset(map: Buffer, cleanedOffset: number): number {
  const pairs = runs(map);
  let lo = 0;
  let hi = pairs.length / 2 - 1;
  if (hi < 0) return cleanedOffset;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((pairs[mid * 2] ?? 0) <= cleanedOffset) lo = mid;
    else hi = mid - 1;
  }
  return (pairs[lo * 2 + 1] ?? 0) + (cleanedOffset - (pairs[lo * 2] ?? 0));
}

/** First cleaned offset whose original offset is at or after `originalOffset`. */
export function toCleanedOffset(
  cleanedLength: number,
  toOriginal: (offset: number) => number,
  originalOffset: number,
): number {
  let lo = 0;
  let hi = cleanedLength;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toOriginal(mid) < originalOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
