import type { Handlers } from '../../../shared/api';
import type { Db } from '../db/connection';
import {
  createAnnotation,
  deleteAnnotation,
  getDocumentMemo,
  listAnnotations,
  setDocumentMemo,
  updateAnnotation,
} from './annotations';
import { autocode, autocodePreview } from './autocode';
import { codeMatrix, codedPassages, cooccurrence } from './coded';
import {
  addStarterCodebook,
  createTag,
  deleteTag,
  listTags,
  mergeTags,
  moveTag,
  updateTag,
} from './tags';
import type { UndoStack } from './undo-stack';

type AnnotateMethods =
  | 'listTags'
  | 'createTag'
  | 'updateTag'
  | 'moveTag'
  | 'mergeTags'
  | 'deleteTag'
  | 'addStarterCodebook'
  | 'listAnnotations'
  | 'createAnnotation'
  | 'updateAnnotation'
  | 'deleteAnnotation'
  | 'getDocumentMemo'
  | 'setDocumentMemo'
  | 'codedPassages'
  | 'codeMatrix'
  | 'cooccurrence'
  | 'autocodePreview'
  | 'autocode'
  | 'undo'
  | 'redo'
  | 'undoState';

/** Codebook and annotation methods of the contract. Every change is committed at once. */
export function annotateHandlers(db: Db, undo: UndoStack): Pick<Handlers, AnnotateMethods> {
  return {
    listTags: () => listTags(db),
    createTag: (input) => createTag(db, undo, input),
    updateTag: (input) => updateTag(db, undo, input),
    moveTag: (input) => moveTag(db, undo, input),
    mergeTags: ({ sourceId, targetId }) => mergeTags(db, undo, sourceId, targetId),
    deleteTag: ({ id }) => ({ deleted: deleteTag(db, undo, id) }),
    addStarterCodebook: () => addStarterCodebook(db, undo),
    listAnnotations: ({ docId }) => listAnnotations(db, docId),
    createAnnotation: (input) => createAnnotation(db, undo, input),
    updateAnnotation: (input) => updateAnnotation(db, undo, input),
    deleteAnnotation: ({ id }) => ({ deleted: deleteAnnotation(db, undo, id) }),
    getDocumentMemo: ({ docId }) => ({ memo: getDocumentMemo(db, docId) }),
    setDocumentMemo: ({ docId, memo }) => ({ memo: setDocumentMemo(db, docId, memo) }),
    codedPassages: (query) => codedPassages(db, query),
    codeMatrix: (query) => codeMatrix(db, query),
    cooccurrence: ({ tagA, tagB, filters }) => cooccurrence(db, tagA, tagB, filters),
    autocodePreview: (input) => autocodePreview(db, input),
    autocode: (input) => autocode(db, undo, input),
    undo: () => undo.undo(),
    redo: () => undo.redo(),
    undoState: () => undo.state(),
  };
}
