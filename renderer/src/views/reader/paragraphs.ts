export interface Paragraph {
  /** Offset of the paragraph's first character in the document text (sections point here). */
  start: number;
  text: string;
}

/** One paragraph per non-blank line, remembering where each starts so sections can be found. */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const content = line.endsWith('\r') ? line.slice(0, -1) : line;
    if (content.trim().length > 0) paragraphs.push({ start, text: content });
    start += line.length + 1;
  }
  return paragraphs;
}

/** Index of the paragraph holding `offset`: the last one starting at or before it. */
export function paragraphAt(paragraphs: readonly Paragraph[], offset: number): number {
  let low = 0;
  let high = paragraphs.length - 1;
  let found = 0;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const paragraph = paragraphs[mid];
    if (paragraph && paragraph.start <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

export function paragraphId(paragraph: Paragraph): string {
  return `para-${paragraph.start}`;
}
