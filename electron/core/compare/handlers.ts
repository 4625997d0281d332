import type { Handlers } from '../../../shared/api';
import type { Db } from '../db/connection';
import {
  compareAdHoc,
  deleteComparison,
  getComparison,
  listComparisons,
  saveComparison,
  setCellChoice,
  setCellNote,
  setComparisonRows,
} from './comparisons';

type CompareMethods =
  | 'compare'
  | 'saveComparison'
  | 'listComparisons'
  | 'getComparison'
  | 'deleteComparison'
  | 'setComparisonRows'
  | 'setCellChoice'
  | 'setCellNote';

/** Comparison methods of the contract; every change is committed at once. */
export function compareHandlers(db: Db, dictDir: string): Pick<Handlers, CompareMethods> {
  return {
    compare: ({ theme, scope }) => compareAdHoc(db, dictDir, theme, scope),
    saveComparison: (input) => saveComparison(db, dictDir, input),
    listComparisons: () => listComparisons(db),
    getComparison: ({ id }) => getComparison(db, dictDir, id),
    deleteComparison: ({ id }) => ({ deleted: deleteComparison(db, id) }),
    setComparisonRows: ({ id, rows }) => setComparisonRows(db, dictDir, id, rows),
    setCellChoice: ({ rowId, town, sectionId, choice }) => {
      setCellChoice(db, rowId, town, sectionId, choice);
      return { ok: true };
    },
    setCellNote: ({ rowId, town, note }) => ({ note: setCellNote(db, rowId, town, note) }),
  };
}
