import { App, Button } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComparisonResult } from '../../../../shared/domain';
import { useSetCellChoice } from '../../api/compareQueries';
import { useNotifyError } from '../../components/useNotifyError';
import type { CellActions } from './grid/CompareCell';
import type { SectionChoice } from './grid/SectionCard';

/** A choice made in a comparison not yet saved: it is applied once the comparison is saved. */
export interface PendingChoice {
  rowIndex: number;
  town: string;
  sectionId: number;
  choice: SectionChoice;
  /** The section was added from a search (rather than pinned where it was proposed). */
  added: boolean;
}

/**
 * What the grid's cells do: pin, remove (with undo) and add sections in a saved comparison; in
 * one not yet saved, ask to save it first and then apply the choice.
 */
export function useCompareActions(
  result: ComparisonResult | undefined,
  askToSave: (pending: PendingChoice | null) => void,
): { actions: CellActions; apply(comparison: ComparisonResult, pending: PendingChoice): void } {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const { mutate } = useSetCellChoice();

  const apply = useCallback(
    (comparison: ComparisonResult, pending: PendingChoice) => {
      const row = comparison.rows[pending.rowIndex];
      if (comparison.id === null || !row || row.id === null) return;
      const input = {
        comparisonId: comparison.id,
        rowId: row.id,
        town: pending.town,
        sectionId: pending.sectionId,
        choice: pending.choice,
      };
      mutate(input, {
        onError: (error) => notifyError(error, t('compare.choice.failed')),
        onSuccess: () => {
          if (pending.choice === 'pinned') {
            void message.success(
              pending.added
                ? t('compare.choice.added', { town: pending.town })
                : t('compare.choice.pinned'),
            );
            return;
          }
          if (pending.choice !== 'removed') return;
          const key = `removed-${input.rowId}-${input.town}-${input.sectionId}`;
          void message.open({
            key,
            type: 'info',
            duration: 6,
            content: (
              <span className="compare-undo">
                {t('compare.choice.removed', { town: pending.town })}
                <Button
                  type="link"
                  size="small"
                  data-testid="compare-undo-remove"
                  onClick={() => {
                    message.destroy(key);
                    mutate(
                      { ...input, choice: null },
                      { onError: (error) => notifyError(error, t('compare.choice.failed')) },
                    );
                  }}
                >
                  {t('compare.choice.undo')}
                </Button>
              </span>
            ),
          });
        },
      });
    },
    [mutate, message, notifyError, t],
  );

  const actions = useMemo<CellActions>(
    () => ({
      choose: (rowIndex, town, sectionId, choice) => {
        if (!result) return;
        const row = result.rows[rowIndex];
        const pending = { rowIndex, town, sectionId, choice, added: false };
        if (result.id === null || !row || row.id === null) askToSave(pending);
        else apply(result, pending);
      },
      add: (rowIndex, town, sectionId) => {
        if (!result) return;
        const row = result.rows[rowIndex];
        const pending = { rowIndex, town, sectionId, choice: 'pinned' as const, added: true };
        if (result.id === null || !row || row.id === null) askToSave(pending);
        else apply(result, pending);
      },
      requestSave: () => askToSave(null),
    }),
    [result, apply, askToSave],
  );

  return { actions, apply };
}
