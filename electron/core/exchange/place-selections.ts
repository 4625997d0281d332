import type { Annotation } from '../../../shared/domain';
import { makeSelector, reanchor, REASONS, type QuoteSelector } from '../annotate/anchoring';
import {
  getAnnotation,
  insertAnnotation,
  listAnnotations,
  updateAnnotation,
} from '../annotate/annotations';
import { UndoStack } from '../annotate/undo-stack';
import type { Db } from '../db/connection';
import { CodePointIndex, codePointLength, sliceCodePoints } from '../text/code-points';

/** A coded passage of the project, with its codes already turned into tag ids. */
export interface SelectionToPlace {
  start: number;
  end: number;
  tagIds: number[];
  comment: string;
}

/** A passage that could not be placed, and why (in words for the user). */
export interface PlacementFailure {
  selection: SelectionToPlace;
  quote: string | null;
  reason: string;
}

/** The longest comment the app's own forms accept (CreateAnnotationSchema). */
const MAX_COMMENT = 20_000;

/**
 * Places a source's coded passages on the stored document. The stored text is the source text
 * after our import pipeline cleaned it, so offsets may have moved: each passage is re-anchored
 * by the same code that moves annotations to a revised text (diff first, then the quote with its
 * context). A passage that lands exactly on an existing annotation adds its tags to it instead
 * of doubling it (importing a project twice changes nothing). A passage that cannot be found is
 * kept, flagged "needs attention" with the reason (as after a revision: nothing is dropped
 * silently), unless its positions lie outside the source text, where there is no quote to keep.
 * The caller owns the transaction.
 */
export function placeSelections(
  db: Db,
  docId: number,
  storedText: string,
  sourceText: string,
  selections: readonly SelectionToPlace[],
  attentionNote: string,
): PlacementFailure[] {
  const undo = new UndoStack(db);
  const sourceLength = new CodePointIndex(sourceText).length;
  const known = { text: storedText, chars: codePointLength(storedText) };
  const failures: PlacementFailure[] = [];
  const placeable: { selection: SelectionToPlace; selector: QuoteSelector }[] = [];
  for (const selection of selections) {
    const { start, end } = selection;
    if (Number.isSafeInteger(start) && Number.isSafeInteger(end) && start >= 0 && start < end) {
      if (end <= sourceLength) {
        placeable.push({ selection, selector: makeSelector(sourceText, { start, end }) });
        continue;
      }
    }
    failures.push({
      selection,
      quote: null,
      reason: `Its positions (${start}–${end}) lie outside the source text (${sourceLength} characters).`,
    });
  }
  const existing = listAnnotations(db, docId);
  const moved = reanchor(
    sourceText,
    storedText,
    placeable.map(({ selection, selector }) => ({
      anchor: { start: selection.start, end: selection.end },
      selector,
    })),
  );
  moved.forEach((result, i) => {
    const { selection, selector } = placeable[i] as (typeof placeable)[number];
    const comment = sliceCodePoints(selection.comment, 0, MAX_COMMENT);
    if (result.status === 'anchored') {
      const { start, end } = result.anchor;
      const same = existing.find(
        (a) => a.status === 'anchored' && a.start === start && a.end === end,
      );
      const id = same
        ? mergeInto(db, undo, same, selection.tagIds, comment)
        : insertAnnotation(db, { docId, start, end, tagIds: selection.tagIds, comment }, known);
      // Later passages of this source may land on the same text (tools that write one
      // selection per coding).
      if (same) existing.splice(existing.indexOf(same), 1);
      existing.push(getAnnotation(db, id));
      return;
    }
    const reason = result.reason === REASONS.ambiguous ? REASONS.ambiguous : REASONS.notFound;
    failures.push({ selection, quote: selector.quote, reason });
    const flagged = existing.some(
      (a) => a.status === 'needs_attention' && a.quote === selector.quote,
    );
    if (!flagged && known.chars > 0) {
      const note = `${attentionNote} ${reason}`;
      existing.push(keepNeedingAttention(db, docId, known, selection, selector, comment, note));
    }
  });
  return failures;
}

/** Adds the passage's tags to an annotation on the same text; its comment is kept if it has one. */
function mergeInto(
  db: Db,
  undo: UndoStack,
  annotation: Annotation,
  tagIds: readonly number[],
  comment: string,
): number {
  const tags = [...new Set([...annotation.tagIds, ...tagIds])];
  const fillComment = !annotation.comment && comment;
  if (tags.length === annotation.tagIds.length && !fillComment) return annotation.id;
  return updateAnnotation(db, undo, {
    id: annotation.id,
    tagIds: tags,
    ...(fillComment ? { comment } : {}),
  }).id;
}

/**
 * Keeps a passage that was not found, the way a revision keeps one: at its old offsets (clamped
 * into the text), with its own quote and context, marked "needs attention" with the reason.
 * (Direct SQL as in revise-document: insertAnnotation always takes the quote from the text.)
 */
function keepNeedingAttention(
  db: Db,
  docId: number,
  known: { text: string; chars: number },
  selection: SelectionToPlace,
  selector: QuoteSelector,
  comment: string,
  reason: string,
): Annotation {
  const start = Math.min(selection.start, known.chars - 1);
  const end = Math.min(Math.max(selection.end, start + 1), known.chars);
  const id = insertAnnotation(db, { docId, start, end, tagIds: selection.tagIds, comment }, known);
  db.prepare(
    `UPDATE annotations SET quote = ?, prefix = ?, suffix = ?, status = 'needs_attention',
       attention_reason = ? WHERE id = ?`,
  ).run(selector.quote, selector.prefix, selector.suffix, reason, id);
  return getAnnotation(db, id);
}
