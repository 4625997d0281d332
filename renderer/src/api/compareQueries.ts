import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type { MethodInput, MethodResult } from '../../../shared/api';
import type { ComparisonResult } from '../../../shared/domain';
import { call } from './client';

export type AdHocComparison = MethodInput<'compare'>;
export type ComparisonSummary = MethodResult<'listComparisons'>[number];
export type RowSpec = MethodInput<'setComparisonRows'>['rows'][number];

/** What the Compare view shows: a saved comparison, or a theme compared without saving. */
export type ComparisonRequest =
  { saved: true; id: number } | { saved: false; input: AdHocComparison };

const ROOT = ['compare'] as const;

export const compareKeys = {
  root: ROOT,
  list: [...ROOT, 'list'] as const,
  saved: (id: number) => [...ROOT, 'saved', id] as const,
  adHoc: (input: AdHocComparison) => [...ROOT, 'adHoc', input] as const,
};

function requestKey(request: ComparisonRequest | null) {
  if (request === null) return [...ROOT, 'none'] as const;
  return request.saved ? compareKeys.saved(request.id) : compareKeys.adHoc(request.input);
}

/** Comparing is real work for the core; a result stays fresh for a while (events refresh it). */
const COMPARISON_STALE_MS = 60_000;

/** The comparison on screen; null waits for a theme. The previous one stays while the next loads. */
export function useComparison(request: ComparisonRequest | null) {
  return useQuery({
    queryKey: requestKey(request),
    queryFn: () => {
      if (request === null) throw new Error('No comparison requested');
      return request.saved
        ? call('getComparison', { id: request.id })
        : call('compare', request.input);
    },
    enabled: request !== null,
    staleTime: COMPARISON_STALE_MS,
    placeholderData: keepPreviousData,
  });
}

export function useComparisons() {
  return useQuery({ queryKey: compareKeys.list, queryFn: () => call('listComparisons', {}) });
}

function storeSaved(queryClient: QueryClient, result: ComparisonResult): void {
  if (result.id === null) return;
  queryClient.setQueryData(compareKeys.saved(result.id), result);
  void queryClient.invalidateQueries({ queryKey: compareKeys.list });
}

export function useSaveComparison() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'saveComparison'>) => call('saveComparison', input),
    onSuccess: (result) => storeSaved(queryClient, result),
  });
}

export function useDeleteComparison() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => call('deleteComparison', { id }),
    onSuccess: (_, id) => {
      queryClient.setQueryData<ComparisonSummary[]>(compareKeys.list, (list) =>
        list?.filter((item) => item.id !== id),
      );
      queryClient.removeQueries({ queryKey: compareKeys.saved(id) });
      void queryClient.invalidateQueries({ queryKey: compareKeys.list });
    },
  });
}

export function useSetComparisonRows() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'setComparisonRows'>) => call('setComparisonRows', input),
    onSuccess: (result) => storeSaved(queryClient, result),
  });
}

export type CellChoice = MethodInput<'setCellChoice'> & { comparisonId: number };

/** Applies a choice to the cached comparison at once, so the grid answers before the refetch. */
function applyChoice(result: ComparisonResult, choice: CellChoice): ComparisonResult {
  return {
    ...result,
    rows: result.rows.map((row) =>
      row.id !== choice.rowId
        ? row
        : {
            ...row,
            cells: row.cells.map((cell) => {
              if (cell.town !== choice.town) return cell;
              if (choice.choice === 'removed') {
                const sections = cell.sections.filter((s) => s.sectionId !== choice.sectionId);
                return { ...cell, sections };
              }
              const pinned = choice.choice === 'pinned';
              const sections = cell.sections.map((s) =>
                s.sectionId === choice.sectionId ? { ...s, pinned } : s,
              );
              return { ...cell, sections };
            }),
          },
    ),
  };
}

/** Pins, removes or restores a section in a cell of a saved comparison; it is then recomputed. */
export function useSetCellChoice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ comparisonId: _, ...input }: CellChoice) => call('setCellChoice', input),
    onMutate: async (choice) => {
      const key = compareKeys.saved(choice.comparisonId);
      await queryClient.cancelQueries({ queryKey: key });
      queryClient.setQueryData<ComparisonResult>(key, (result) =>
        result ? applyChoice(result, choice) : result,
      );
    },
    onSettled: (_, __, choice) =>
      queryClient.invalidateQueries({ queryKey: compareKeys.saved(choice.comparisonId) }),
  });
}

export type CellNote = MethodInput<'setCellNote'> & { comparisonId: number };

/** Saves a cell's note; the cached comparison takes the saved text without a recomputation. */
export function useSetCellNote() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ comparisonId: _, ...input }: CellNote) => call('setCellNote', input),
    onSuccess: ({ note }, { comparisonId, rowId, town }) => {
      queryClient.setQueryData<ComparisonResult>(compareKeys.saved(comparisonId), (result) =>
        result
          ? {
              ...result,
              rows: result.rows.map((row) =>
                row.id !== rowId
                  ? row
                  : {
                      ...row,
                      cells: row.cells.map((cell) =>
                        cell.town === town ? { ...cell, note } : cell,
                      ),
                    },
              ),
            }
          : result,
      );
    },
  });
}
