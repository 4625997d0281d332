import { createCanvas, loadImage, type Image } from '@napi-rs/canvas';
import type { OcrWord } from '../../../shared/domain';
import { cleanOcrText } from './postprocess';
import { looksLikeRing } from './ring-check';

/** What one page image reads as. */
export interface RecognizedPage {
  /** Post-processed text (no spaces between Chinese characters, paragraphs joined). */
  text: string;
  /** Mean word confidence, 0–100. */
  confidence: number;
  words: OcrWord[];
  width: number;
  height: number;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
interface TesseractSymbol {
  text: string;
  bbox: Box;
}
interface TesseractWord {
  text: string;
  confidence: number;
  bbox: Box;
  symbols?: TesseractSymbol[] | null;
}
interface TesseractLine {
  bbox: Box;
  words?: TesseractWord[] | null;
}
interface TesseractBlock {
  paragraphs?: { lines?: TesseractLine[] | null }[] | null;
}
/** The parts of tesseract.js's `recognize` result (with `blocks: true`) read here. */
export interface TesseractPage {
  text: string;
  confidence: number;
  blocks?: unknown[] | null;
}

/**
 * Tesseract's result as the app stores it: the text rebuilt from its symbols, with commas that
 * are really full stops corrected from the pixels (`ring-check`), then cleaned (`postprocess`);
 * words with boxes as fractions of the image, so any display size can draw them.
 */
export async function toRecognizedPage(data: TesseractPage, png: Buffer): Promise<RecognizedPage> {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const blocks = (data.blocks ?? []) as TesseractBlock[];
  const lines = blocks.flatMap((block) => (block.paragraphs ?? []).map((p) => p.lines ?? []));
  let raw = data.text;
  if (lines.some((paragraph) => paragraph.length > 0)) {
    await correctFullStops(lines.flat(), png);
    raw = rebuildText(lines);
  }
  const words: OcrWord[] = [];
  for (const word of lines.flat().flatMap((line) => line.words ?? [])) {
    const text = word.text.trim();
    if (!text) continue;
    words.push({
      text,
      confidence: Math.round(word.confidence * 10) / 10,
      box: [
        clamp(word.bbox.x0 / width),
        clamp(word.bbox.y0 / height),
        clamp(word.bbox.x1 / width),
        clamp(word.bbox.y1 / height),
      ],
    });
  }
  return { text: cleanOcrText(raw), confidence: data.confidence, words, width, height };
}

/**
 * The text as tesseract lays it out (words split by spaces, lines by a line break, paragraphs by
 * a blank line), from the symbols so that corrections show.
 */
function rebuildText(paragraphs: TesseractLine[][]): string {
  return paragraphs
    .map((lines) =>
      lines.map((line) => (line.words ?? []).map((word) => word.text).join(' ')).join('\n'),
    )
    .filter((paragraph) => paragraph.trim() !== '')
    .join('\n\n');
}

const COMMA_OR_DOT = new Set([',', '，', '.', '．']);
const HAN = /\p{Script=Han}/u;

/**
 * Commas and dots whose mark is a hollow ring are full stops (。). Where tesseract read the one
 * ring twice (',' and '。' side by side), the comma goes. Words' texts are updated in place.
 */
async function correctFullStops(lines: TesseractLine[], png: Buffer): Promise<void> {
  const candidates = lines.some((line) =>
    (line.words ?? []).some((word) => (word.symbols ?? []).some((s) => COMMA_OR_DOT.has(s.text))),
  );
  if (!candidates) return;
  let image: Image;
  try {
    image = await loadImage(png);
  } catch {
    return; // Nothing to check against: keep tesseract's reading.
  }
  const pageCharWidth = hanCharWidth(lines);
  for (const line of lines) {
    const charWidth = hanCharWidth([line]) ?? pageCharWidth;
    if (!charWidth) continue;
    const symbols = (line.words ?? []).flatMap((word) => word.symbols ?? []);
    let changed = false;
    symbols.forEach((symbol, i) => {
      if (!COMMA_OR_DOT.has(symbol.text)) return;
      const before = symbols[i - 1]?.text ?? '';
      // Latin text keeps its punctuation; an implausibly wide box is not this mark's own.
      if (/[A-Za-z]$/.test(before) || symbol.bbox.x1 - symbol.bbox.x0 > charWidth * 0.6) return;
      const next = symbols[i + 1];
      const { crop, column } = greyCrop(image, symbol.bbox, line.bbox, charWidth);
      if (!looksLikeRing(crop, { charWidth, column })) return;
      const readTwice = next?.text === '。' && next.bbox.x0 < symbol.bbox.x1 + charWidth * 0.2;
      symbol.text = readTwice ? '' : '。';
      changed = true;
    });
    if (!changed) continue;
    for (const word of line.words ?? []) {
      if (word.symbols?.length) word.text = word.symbols.map((s) => s.text).join('');
    }
  }
}

/**
 * How wide a Chinese character is on these lines: the upper quartile of the Han symbols' box
 * widths (tesseract's boxes often hug a narrow glyph, so the median under-states it).
 */
function hanCharWidth(lines: TesseractLine[]): number | null {
  const widths = lines
    .flatMap((line) => line.words ?? [])
    .flatMap((word) => word.symbols ?? [])
    .filter((symbol) => HAN.test(symbol.text))
    .map((symbol) => symbol.bbox.x1 - symbol.bbox.x0)
    .sort((a, b) => a - b);
  return widths.length >= 3 ? (widths[Math.floor(widths.length * 0.75)] ?? null) : null;
}

/** The mark's column (plus a quarter character either side) over the line's height, in grey. */
function greyCrop(image: Image, mark: Box, line: Box, charWidth: number) {
  const margin = Math.round(charWidth * 0.25);
  const x0 = Math.max(0, mark.x0 - margin);
  const x1 = Math.min(image.width, mark.x1 + margin);
  const y0 = Math.max(0, Math.min(mark.y0, line.y0) - 2);
  const y1 = Math.min(image.height, Math.max(mark.y1, line.y1) + 2);
  const width = Math.max(1, x1 - x0);
  const height = Math.max(1, y1 - y0);
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.drawImage(image, x0, y0, width, height, 0, 0, width, height);
  const rgba = context.getImageData(0, 0, width, height).data;
  const grey = new Uint8Array(width * height);
  for (let i = 0; i < grey.length; i++) {
    grey[i] = Math.round(
      0.299 * rgba[i * 4]! + 0.587 * rgba[i * 4 + 1]! + 0.114 * rgba[i * 4 + 2]!,
    );
  }
  return {
    crop: { grey, width, height },
    column: [mark.x0 - x0, mark.x1 - x0] as [number, number],
  };
}

function clamp(value: number): number {
  return Math.max(0, Math.min(1, Math.round(value * 10_000) / 10_000));
}
