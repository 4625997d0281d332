import { useCallback, useEffect, useMemo, useState } from 'react';
import type { TextRange } from '../../../../shared/domain';
import { useFindInDocument } from '../../api/searchQueries';
import { firstRangeFrom } from './readerMarks';
import type { JumpOptions } from './useJumpToOffset';

const NO_RANGES: readonly TextRange[] = [];

export interface FindArrival {
  /** The query to find on arrival (from a search result), or ''. */
  query: string;
  /** Where the reader was sent; the first occurrence at or after it becomes current. */
  at: number | null;
}

export interface Find {
  open: boolean;
  query: string;
  ranges: readonly TextRange[];
  /** Index into `ranges` of the current occurrence (meaningless when there are none). */
  current: number;
  fetching: boolean;
  error: unknown;
  /** Bumped each time the find box should take the keyboard (Ctrl+F). */
  focusRequest: number;
  show(): void;
  close(): void;
  setQuery(query: string): void;
  next(): void;
  previous(): void;
}

/**
 * Find in the document (Ctrl/Cmd+F): the occurrences of a query, which one is current, and
 * keeping the current one in view. Stepping wraps around at either end, as browsers do; a new
 * query starts from the occurrence the reader was on.
 */
export function useFind(
  docId: number,
  arrival: FindArrival,
  jumpTo: (offset: number, options?: JumpOptions) => void,
): Find {
  const [open, setOpen] = useState(arrival.query !== '');
  const [query, setQuery] = useState(arrival.query);
  const [focusRequest, setFocusRequest] = useState(0);
  const [anchor, setAnchor] = useState(arrival.at ?? 0);
  const found = useFindInDocument(docId, open ? query.trim() : '');
  const ranges = (open && query.trim() !== '' ? found.data?.ranges : undefined) ?? NO_RANGES;

  // Which occurrence is current, remembered for the ranges it was chosen in.
  const [cursor, setCursor] = useState({ ranges, index: firstRangeFrom(ranges, anchor) });
  let current = cursor.index;
  if (cursor.ranges !== ranges) {
    current = firstRangeFrom(ranges, anchor);
    setCursor({ ranges, index: current });
  }

  const target = ranges[current];
  useEffect(() => {
    if (target) jumpTo(target.start, { quiet: true });
  }, [target, jumpTo]);

  const step = useCallback(
    (delta: number) => {
      if (ranges.length === 0) return;
      const index = (current + delta + ranges.length) % ranges.length;
      setCursor({ ranges, index });
      setAnchor(ranges[index]?.start ?? 0);
    },
    [ranges, current],
  );

  return useMemo(
    () => ({
      open,
      query,
      ranges,
      current,
      fetching: found.isFetching,
      error: found.isError ? found.error : null,
      focusRequest,
      show: () => {
        setOpen(true);
        setFocusRequest((n) => n + 1);
      },
      close: () => setOpen(false),
      setQuery,
      next: () => step(1),
      previous: () => step(-1),
    }),
    [
      open,
      query,
      ranges,
      current,
      found.isFetching,
      found.isError,
      found.error,
      focusRequest,
      step,
    ],
  );
}
