/**
 * Colours for tags: muted, distinguishable, and dark enough that a light tint of each still reads
 * as itself behind body text. New tags take the next one in turn.
 */
export const TAG_PALETTE = [
  '#2b5f8a',
  '#3f8f6b',
  '#b7791f',
  '#a34a5a',
  '#6b5b95',
  '#2f8a8f',
  '#8a6d3b',
  '#c2562f',
  '#52739c',
  '#7a8a3a',
  '#9c4f8a',
  '#5b6472',
] as const;

/** The colour of a highlight without tags (a plain 高亮 or a comment). */
export const UNTAGGED_COLOR = '#d9a521';

export function nextTagColor(usedCount: number): string {
  return TAG_PALETTE[usedCount % TAG_PALETTE.length] ?? TAG_PALETTE[0];
}

/** '#rrggbb' with an alpha, as rgba(); anything else passes through unchanged. */
export function withAlpha(color: string, alpha: number): string {
  const match = /^#([0-9a-f]{6})$/i.exec(color);
  if (!match?.[1]) return color;
  const value = parseInt(match[1], 16);
  return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`;
}
