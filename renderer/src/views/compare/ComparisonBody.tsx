import { App, Empty } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComparisonResult, Tag } from '../../../../shared/domain';
import { useSaveComparison, useSetComparisonRows } from '../../api/compareQueries';
import { useDocuments } from '../../api/queries';
import { useNotifyError } from '../../components/useNotifyError';
import { navigate } from '../../router';
import { CompareNotices, ComparisonHead, GridLegend } from './ComparisonHead';
import {
  describeTheme,
  phraseIndex,
  phraseWordings,
  townInfos,
  type SectionLabel,
} from './compareModel';
import { FiguresTable } from './FiguresTable';
import { CompareGrid } from './grid/CompareGrid';
import { CompareDisplayContext, type CompareDisplay } from './grid/displayContext';
import { RowsEditor } from './RowsEditor';
import { SaveComparisonModal } from './SaveComparisonModal';
import { SharedPhrasesPanel } from './SharedPhrasesPanel';
import { useCompareActions, type PendingChoice } from './useCompareActions';

interface ComparisonBodyProps {
  result: ComparisonResult;
  tags: readonly Tag[];
  tagIndex: ReadonlyMap<number, Tag>;
  sectionLabel: SectionLabel | null;
  stale: boolean;
  fetching: boolean;
}

/** A comparison on screen: its head, notices, the grid, shared phrases and figures. */
export function ComparisonBody({
  result,
  tags,
  tagIndex,
  sectionLabel,
  stale,
  fetching,
}: ComparisonBodyProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const documents = useDocuments();
  const save = useSaveComparison();
  const setRows = useSetComparisonRows();
  const [hideBoilerplate, setHideBoilerplate] = useState(true);
  const [flash, setFlash] = useState<CompareDisplay['flash']>(null);
  const [saving, setSaving] = useState<{ pending: PendingChoice | null } | null>(null);
  const [editingRows, setEditingRows] = useState(false);
  const askToSave = useCallback((pending: PendingChoice | null) => setSaving({ pending }), []);
  const { actions, apply } = useCompareActions(result, askToSave);

  const towns = useMemo(
    () => townInfos(result.towns, documents.data ?? [], result),
    [result, documents.data],
  );
  const phrases = useMemo(() => phraseIndex(result.sharedPhrases), [result.sharedPhrases]);
  const wordings = useMemo(() => phraseWordings(result, phrases), [result, phrases]);
  const display = useMemo<CompareDisplay>(
    () => ({
      phrases,
      hideBoilerplate,
      flash,
      tags: tagIndex,
      sectionLabel,
    }),
    [phrases, hideBoilerplate, flash, tagIndex, sectionLabel],
  );

  const onSave = (name: string) => {
    const pending = saving?.pending ?? null;
    const scope = Object.keys(result.scope).length > 0 ? result.scope : undefined;
    save.mutate(
      { name, theme: result.theme, ...(scope ? { scope } : {}) },
      {
        onSuccess: (saved) => {
          setSaving(null);
          void message.success(t('compare.save.done', { name: saved.name }));
          if (pending) apply(saved, pending);
          if (saved.id !== null) navigate({ view: 'compare', params: { id: String(saved.id) } });
        },
        onError: (error) => notifyError(error, t('compare.save.failed')),
      },
    );
  };

  const themeText = describeTheme(result.theme, tagIndex, sectionLabel).text;
  return (
    <CompareDisplayContext value={display}>
      <ComparisonHead
        result={result}
        tags={tagIndex}
        sectionLabel={sectionLabel}
        fetching={fetching}
        onSave={() => askToSave(null)}
        onEditRows={() => setEditingRows(true)}
      />
      <CompareNotices result={result} />
      {result.towns.length === 0 ? (
        <Empty
          className="search-empty"
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('compare.noTowns')}
        />
      ) : (
        <>
          <GridLegend hideBoilerplate={hideBoilerplate} />
          <CompareGrid result={result} towns={towns} actions={actions} stale={stale} />
          <div className="compare-panels">
            <SharedPhrasesPanel
              phrases={result.sharedPhrases}
              wordings={wordings}
              hideBoilerplate={hideBoilerplate}
              onHideBoilerplate={setHideBoilerplate}
              onFlash={(text) => setFlash((last) => ({ text, nonce: (last?.nonce ?? 0) + 1 }))}
            />
            <FiguresTable figures={result.figures} towns={result.towns} />
          </div>
        </>
      )}
      {saving && (
        <SaveComparisonModal
          defaultName={t('compare.save.defaultName', { theme: themeText })}
          reason={saving.pending ? t('compare.save.reason') : null}
          saving={save.isPending}
          onSave={onSave}
          onCancel={() => setSaving(null)}
        />
      )}
      {editingRows && result.id !== null && (
        <RowsEditor
          rows={result.rows}
          tags={tags}
          saving={setRows.isPending}
          onClose={() => setEditingRows(false)}
          onSave={(rows) =>
            result.id !== null &&
            setRows.mutate(
              { id: result.id, rows },
              {
                onSuccess: () => {
                  setEditingRows(false);
                  void message.success(t('compare.rows.saved'));
                },
                onError: (error) => notifyError(error, t('compare.rows.failed')),
              },
            )
          }
        />
      )}
    </CompareDisplayContext>
  );
}
