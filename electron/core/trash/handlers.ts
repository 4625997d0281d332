import type { Handlers } from '../../../shared/api';
import type { Db } from '../db/connection';
import { emptyTrash, listTrash, restoreFromTrash } from './trash';

type TrashMethods = 'listTrash' | 'restoreFromTrash' | 'emptyTrash';

/** The Trash view's methods of the contract. */
export function trashHandlers(db: Db): Pick<Handlers, TrashMethods> {
  return {
    listTrash: () => listTrash(db),
    restoreFromTrash: ({ kind, id }) => ({ restored: true, id: restoreFromTrash(db, kind, id) }),
    emptyTrash: (which) => ({ removed: emptyTrash(db, which) }),
  };
}
