import { createTag, listTags } from '../annotate/tags';
import { UndoStack } from '../annotate/undo-stack';
import type { Db } from '../db/connection';
import { sliceCodePoints } from '../text/code-points';
import type { QdeCode } from './qde-model';

/** The limits the app's own forms apply to a tag (CreateTagSchema). */
const MAX_NAME = 100;
const MAX_DESCRIPTION = 5000;

/**
 * Creates the project's codes as tags, keeping the hierarchy and colours, in one transaction.
 * A tag with the same name under the same parent is reused (its colour and description stay
 * the user's), so importing a project twice, or a project exported from this library, does not
 * double the codebook. Returns the tag id of every code GUID.
 */
export function importCodebook(db: Db, codes: readonly QdeCode[]): Map<string, number> {
  // Import is one job, not a chain of undoable steps: the entries go to a stack nobody undoes.
  const undo = new UndoStack(db);
  const ids = new Map<string, number>();
  const existing = new Map(listTags(db).map((t) => [key(t.parentId, t.name), t.id]));
  const visit = (code: QdeCode, parentId: number | null) => {
    const name = sliceCodePoints(code.name.trim(), 0, MAX_NAME).trim() || '未命名编码';
    let id = existing.get(key(parentId, name));
    if (id === undefined) {
      const color = hexColor(code.color);
      id = createTag(db, undo, {
        name,
        parentId,
        description: sliceCodePoints(code.description, 0, MAX_DESCRIPTION),
        ...(color ? { color } : {}),
      }).id;
      existing.set(key(parentId, name), id);
    }
    ids.set(code.guid, id);
    for (const child of code.children) visit(child, id);
  };
  db.transaction(() => {
    for (const code of codes) visit(code, null);
  })();
  return ids;
}

function key(parentId: number | null, name: string): string {
  return `${parentId ?? ''}\u0000${name}`;
}

/** #rrggbb as tags store it; #rgb (allowed by REFI-QDA) is expanded; anything else dropped. */
function hexColor(color: string | null): string | null {
  const value = color?.trim() ?? '';
  if (/^#[0-9a-f]{6}$/i.test(value)) return value;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(value);
  return short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : null;
}
