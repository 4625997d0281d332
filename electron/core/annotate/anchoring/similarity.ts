/**
 * Levenshtein similarity on code points, limited to a band so that comparing long passages
 * stays cheap: the work is O(k · n) for n code points and a distance bound k, and stops early
 * once every cell of a row exceeds the bound.
 */
import { codePointValues } from './code-points';

/**
 * The Levenshtein distance between `a` and `b` when it is at most `max`; otherwise any value
 * greater than `max` (`max + 1`).
 */
export function boundedLevenshtein(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  max: number,
): number {
  const limit = Math.max(0, Math.floor(max));
  const over = limit + 1;
  // Strip the common prefix and suffix: small edits in long passages cost almost nothing.
  let from = 0;
  let aEnd = a.length;
  let bEnd = b.length;
  while (from < aEnd && from < bEnd && a[from] === b[from]) from++;
  while (aEnd > from && bEnd > from && a[aEnd - 1] === b[bEnd - 1]) {
    aEnd--;
    bEnd--;
  }
  const n = aEnd - from;
  const m = bEnd - from;
  if (Math.abs(n - m) > limit) return over;
  if (n === 0 || m === 0) return Math.max(n, m);

  // Row i holds the distances between a[from, from+i) and b[from, from+j) for j in the band
  // |i - j| <= limit; cells outside the band count as `over`.
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j <= limit ? j : over;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - limit);
    const hi = Math.min(m, i + limit);
    const left = lo === 1 ? Math.min(i, over) : over;
    cur[lo - 1] = left;
    let rowMin = left;
    const ai = a[from + i - 1];
    for (let j = lo; j <= hi; j++) {
      const substitute = (prev[j - 1] ?? over) + (ai === b[from + j - 1] ? 0 : 1);
      const remove = (prev[j] ?? over) + 1;
      const insert = (cur[j - 1] ?? over) + 1;
      const value = Math.min(substitute, remove, insert, over);
      cur[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (hi < m) cur[hi + 1] = over;
    if (rowMin > limit) return over;
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  return Math.min(prev[m] ?? over, over);
}

/**
 * The Levenshtein ratio `1 - distance / max(|a|, |b|)` of two strings, counted in code points,
 * when it is at least `min`; 0 when it is below (the band is sized by `min`, so a long pair of
 * unrelated passages is rejected quickly).
 */
export function similarityAtLeast(a: string, b: string, min: number): number {
  if (a === b) return 1;
  // A string of n UTF-16 units has between n/2 and n code points; when even the most favourable
  // lengths cannot reach `min`, skip decoding (a mapped span may be megabytes long).
  const best = Math.min(a.length, b.length) / Math.max(a.length / 2, b.length / 2, 1);
  if (best < min) return 0;
  return valuesSimilarityAtLeast(codePointValues(a), codePointValues(b), min);
}

/** {@link similarityAtLeast} on code point values. */
export function valuesSimilarityAtLeast(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  min: number,
): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  // The epsilon absorbs floating-point error in (1 - min) · longest.
  const maxDistance = Math.floor((1 - min) * longest + 1e-9);
  if (bagDistance(a, b) > maxDistance) return 0;
  // Ukkonen's doubling: a narrow band first, so that close strings cost O(distance · n).
  let distance = maxDistance + 1;
  for (let band = Math.min(64, maxDistance); ; band = Math.min(2 * band, maxDistance)) {
    distance = boundedLevenshtein(a, b, band);
    if (distance <= band || band >= maxDistance) break;
  }
  if (distance > maxDistance) return 0;
  const ratio = 1 - distance / longest;
  return ratio >= min ? ratio : 0;
}

/**
 * A lower bound of the Levenshtein distance in O(n): the larger of the two multiset
 * differences of the strings' code points (each edit fixes at most one on either side).
 */
export function bagDistance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const counts = new Map<number, number>();
  for (let i = 0; i < a.length; i++) {
    const c = a[i] ?? 0;
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  for (let i = 0; i < b.length; i++) {
    const c = b[i] ?? 0;
    counts.set(c, (counts.get(c) ?? 0) - 1);
  }
  let onlyA = 0;
  let onlyB = 0;
  for (const count of counts.values()) {
    if (count > 0) onlyA += count;
    else onlyB -= count;
  }
  return Math.max(onlyA, onlyB);
}
