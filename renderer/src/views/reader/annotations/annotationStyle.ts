import type { CSSProperties } from 'react';
import { withAlpha } from '../../../codebook/colors';
import type { AnnotationPiece } from './annotationMarks';

/** Underlines drawn at most; more overlapping annotations only deepen the tint. */
export const MAX_LANES = 3;
const LINE_PX = 2;
const STEP_PX = 3;
/** Room below the text for every lane, the same on every mark so lanes line up across them. */
const UNDERLINE_ROOM_PX = MAX_LANES * STEP_PX;

/**
 * How a stretch covered by one or more annotations looks: a light tint of the first one's colour,
 * deeper where several overlap, and one underline per annotation in its own lane below the text.
 */
export function annotationStyle(
  pieces: readonly AnnotationPiece[],
  active: boolean,
): CSSProperties {
  const first = pieces[0];
  if (!first) return {};
  const tint = Math.min(0.1 + 0.08 * (pieces.length - 1), 0.34) + (active ? 0.14 : 0);
  const images = [
    `linear-gradient(${withAlpha(first.color, tint)}, ${withAlpha(first.color, tint)})`,
  ];
  const sizes = [`100% calc(100% - ${UNDERLINE_ROOM_PX}px)`];
  const positions = ['0 0'];
  for (const piece of pieces) {
    if (piece.lane >= MAX_LANES) continue;
    const fromBottom = UNDERLINE_ROOM_PX - (piece.lane + 1) * STEP_PX;
    images.push(`linear-gradient(${piece.color}, ${piece.color})`);
    sizes.push(`100% ${LINE_PX}px`);
    positions.push(`0 calc(100% - ${fromBottom}px)`);
  }
  return {
    backgroundImage: images.join(', '),
    backgroundSize: sizes.join(', '),
    backgroundPosition: positions.join(', '),
    paddingBottom: UNDERLINE_ROOM_PX,
  };
}
