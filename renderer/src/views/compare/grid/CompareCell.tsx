import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComparedSection, ComparisonRow, ComparisonScope } from '../../../../../shared/domain';
import { AddSectionPopover } from './AddSectionPopover';
import { CellNote, CellNoteHint } from './CellNote';
import { SectionCard, type SectionChoice } from './SectionCard';

type ComparisonCell = ComparisonRow['cells'][number];

/** What a cell can ask of the view: a choice about a section, or to save the comparison first. */
export interface CellActions {
  choose(rowIndex: number, town: string, sectionId: number, choice: SectionChoice): void;
  /** Pins a section found by a search within the town. */
  add(rowIndex: number, town: string, sectionId: number): void;
  requestSave(): void;
}

interface CompareCellProps {
  comparisonId: number | null;
  row: ComparisonRow;
  rowIndex: number;
  cell: ComparisonCell;
  scope: ComparisonScope;
  actions: CellActions;
}

/** One town on one row: its sections, a way to add one, and the researcher's summary. */
export function CompareCell({
  comparisonId,
  row,
  rowIndex,
  cell,
  scope,
  actions,
}: CompareCellProps) {
  const { t } = useTranslation();
  const { town } = cell;
  const onChoice = useCallback(
    (section: ComparedSection, choice: SectionChoice) =>
      actions.choose(rowIndex, town, section.sectionId, choice),
    [actions, rowIndex, town],
  );
  const present = useMemo(
    () => new Set(cell.sections.map((section) => section.sectionId)),
    [cell.sections],
  );

  return (
    <div className="compare-cell" role="cell" data-testid="compare-cell" data-town={town}>
      {cell.sections.length === 0 ? (
        <p className="compare-cell-empty">{t('compare.cell.empty')}</p>
      ) : (
        cell.sections.map((section) => (
          <SectionCard key={section.sectionId} section={section} onChoice={onChoice} />
        ))
      )}
      <AddSectionPopover
        town={town}
        scope={scope}
        present={present}
        initialQuery={row.theme.kind === 'query' ? row.theme.value : ''}
        onPick={(sectionId) => actions.add(rowIndex, town, sectionId)}
      />
      {comparisonId !== null && row.id !== null ? (
        <CellNote comparisonId={comparisonId} rowId={row.id} town={town} note={cell.note} />
      ) : (
        <CellNoteHint onSave={actions.requestSave} />
      )}
    </div>
  );
}
