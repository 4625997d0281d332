import type { UndoState } from '../../../shared/domain';
import type { Db } from '../db/connection';

/** One user action that can be taken back and done again; each step is one transaction. */
export interface UndoEntry {
  label: string;
  undo(): void;
  redo(): void;
}

const LIMIT = 200;

/**
 * Undo/redo of codebook and annotation actions within a session. Every action was already
 * committed when it happened (autosave); undoing is a new committed transaction, never a lost
 * change. Entries hold what they need to reverse themselves (ids, earlier values).
 */
export class UndoStack {
  private readonly done: UndoEntry[] = [];
  private readonly undone: UndoEntry[] = [];

  constructor(private readonly db: Db) {}

  push(entry: UndoEntry): void {
    this.done.push(entry);
    if (this.done.length > LIMIT) this.done.shift();
    this.undone.length = 0;
  }

  undo(): UndoState {
    const entry = this.done.pop();
    if (entry) {
      this.db.transaction(() => entry.undo())();
      this.undone.push(entry);
    }
    return this.state(entry ? `${entry.label}` : null);
  }

  redo(): UndoState {
    const entry = this.undone.pop();
    if (entry) {
      this.db.transaction(() => entry.redo())();
      this.done.push(entry);
    }
    return this.state();
  }

  state(_last: string | null = null): UndoState {
    return {
      canUndo: this.done.length > 0,
      canRedo: this.undone.length > 0,
      undoLabel: this.done.at(-1)?.label ?? null,
      redoLabel: this.undone.at(-1)?.label ?? null,
    };
  }
}
