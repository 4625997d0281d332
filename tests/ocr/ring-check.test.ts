import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { toRecognizedPage } from '../../electron/core/ocr/page-result';
import { looksLikeRing, type GreyCrop } from '../../electron/core/ocr/ring-check';

/** A white crop with something drawn on it in scan-like dark grey, as one byte per pixel. */
function crop(width: number, height: number, draw: (c: SKRSContext2D) => void): GreyCrop {
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#fafafa';
  context.fillRect(0, 0, width, height);
  context.strokeStyle = '#555555';
  context.fillStyle = '#555555';
  draw(context);
  const rgba = context.getImageData(0, 0, width, height).data;
  const grey = new Uint8Array(width * height);
  for (let i = 0; i < grey.length; i++) grey[i] = rgba[i * 4]!;
  return { grey, width, height };
}

const ring = (c: SKRSContext2D, x: number, y: number, r = 5) => {
  c.lineWidth = 2;
  c.beginPath();
  c.arc(x, y, r, 0, Math.PI * 2);
  c.stroke();
};
const comma = (c: SKRSContext2D, x: number, y: number) => {
  c.beginPath();
  c.arc(x, y, 3, 0, Math.PI * 2);
  c.fill();
  c.lineWidth = 2;
  c.beginPath();
  c.moveTo(x + 2, y + 1);
  c.quadraticCurveTo(x + 2, y + 6, x - 2, y + 9);
  c.stroke();
};

describe('telling a full stop (。) from a comma by its pixels', () => {
  const size = { charWidth: 30 };

  it('finds the hole of a ring and none in a comma or a dot', () => {
    expect(
      looksLikeRing(
        crop(24, 40, (c) => ring(c, 12, 28)),
        size,
      ),
    ).toBe(true);
    expect(
      looksLikeRing(
        crop(24, 40, (c) => comma(c, 12, 26)),
        size,
      ),
    ).toBe(false);
    expect(
      looksLikeRing(
        crop(24, 40, (c) => {
          c.beginPath();
          c.arc(12, 30, 2.5, 0, Math.PI * 2);
          c.fill();
        }),
        size,
      ),
    ).toBe(false);
  });

  it('ignores strokes of the neighbours that reach into the crop', () => {
    // The next character's stroke box runs off the crop's edge: not a free-standing mark.
    expect(
      looksLikeRing(
        crop(24, 40, (c) => c.strokeRect(14, 6, 20, 20)),
        size,
      ),
    ).toBe(false);
  });

  it('ignores a closed shape the size of a character, and one beside the mark’s column', () => {
    expect(
      looksLikeRing(
        crop(60, 60, (c) => c.strokeRect(12, 12, 30, 30)),
        size,
      ),
    ).toBe(false);
    const beside = crop(40, 40, (c) => c.strokeRect(22, 20, 9, 9));
    expect(looksLikeRing(beside, { charWidth: 30 })).toBe(true);
    expect(looksLikeRing(beside, { charWidth: 30, column: [4, 12] })).toBe(false);
  });

  it('says no on a blank crop', () => {
    expect(
      looksLikeRing(
        crop(20, 20, () => undefined),
        size,
      ),
    ).toBe(false);
  });
});

describe('tesseract results corrected from the page image', () => {
  /** One line "镇村名单,共有。" whose first ',' is drawn as a ring and the second as a comma. */
  async function page() {
    const canvas = createCanvas(400, 60);
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, 400, 60);
    context.strokeStyle = '#404040';
    context.fillStyle = '#404040';
    ring(context as unknown as SKRSContext2D, 136, 42);
    comma(context as unknown as SKRSContext2D, 226, 38);
    ring(context as unknown as SKRSContext2D, 296, 42);
    const png = canvas.toBuffer('image/png');
    const box = (x0: number, x1: number, y0 = 14, y1 = 46) => ({ x0, y0, x1, y1 });
    const han = (text: string, x: number) => ({ text, bbox: box(x, x + 30) });
    const symbols = [
      han('镇', 10),
      han('村', 40),
      han('名', 70),
      han('单', 100),
      { text: ',', bbox: box(131, 141, 36, 48) },
      han('共', 160),
      han('有', 190),
      { text: ',', bbox: box(222, 230, 34, 48) },
      han('村', 240),
      han('镇', 260),
      { text: ',', bbox: box(290, 298, 14, 46) },
      { text: '。', bbox: box(292, 302, 36, 48) },
    ];
    const words = symbols.map((symbol) => ({
      text: symbol.text,
      confidence: 90,
      bbox: symbol.bbox,
      symbols: [symbol],
    }));
    const data = {
      text: words.map((w) => w.text).join(' '),
      confidence: 90,
      blocks: [{ paragraphs: [{ lines: [{ bbox: box(0, 400, 10, 50), words }] }] }],
    };
    return toRecognizedPage(data, png);
  }

  it('turns a ring read as a comma into 。, keeps a real comma, and drops a ring read twice', async () => {
    const result = await page();
    expect(result.text).toBe('镇村名单。共有,村镇。');
    expect(result.words.map((w) => w.text).join('')).toBe('镇村名单。共有,村镇。');
    expect(result.width).toBe(400);
    expect(result.words[0]!.box).toEqual(
      [0.025, 14 / 60, 0.1, 46 / 60].map((v) => Math.round(v * 10_000) / 10_000),
    );
  });
});
