import type { FrequencyGroup, TermCount } from '../../../../../shared/domain';

/** One word across the compared groups: its count and rate in each (absent = not in its top N). */
export interface FrequencyRow {
  term: string;
  byGroup: ReadonlyMap<string, TermCount>;
  /** Highest rate in any group, to put the most telling words first. */
  peak: number;
}

/** The union of every group's top words, most frequent (per 10,000 words) first. */
export function frequencyRows(groups: readonly FrequencyGroup[]): FrequencyRow[] {
  const rows = new Map<string, Map<string, TermCount>>();
  for (const group of groups) {
    for (const count of group.terms) {
      const row = rows.get(count.term) ?? new Map<string, TermCount>();
      row.set(group.key, count);
      rows.set(count.term, row);
    }
  }
  return [...rows]
    .map(([term, byGroup]) => ({
      term,
      byGroup,
      peak: Math.max(...[...byGroup.values()].map((count) => count.per10k)),
    }))
    .sort((a, b) => b.peak - a.peak || a.term.localeCompare(b.term, 'zh-CN'));
}

/** A round upper bound for the shared rate axis, so every chart reads on the same scale. */
export function sharedAxisMax(groups: readonly FrequencyGroup[]): number {
  const max = Math.max(0, ...groups.flatMap((group) => group.terms.map((term) => term.per10k)));
  if (max <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  const step = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((f) => f * magnitude >= max) ?? 10;
  return step * magnitude;
}

/** Groups in the order the user picked their towns (the server orders them by size). */
export function orderGroups(
  groups: readonly FrequencyGroup[],
  keys: readonly string[],
): FrequencyGroup[] {
  const rank = (group: FrequencyGroup) => {
    const index = keys.indexOf(group.key);
    return index < 0 ? keys.length : index;
  };
  return [...groups].sort((a, b) => rank(a) - rank(b));
}
