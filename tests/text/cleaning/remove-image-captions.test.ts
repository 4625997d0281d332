import { describe, expect, it } from 'vitest';
import { mappedFromString } from '../../../electron/core/text/cleaning/mapped-text';
import {
  captionBase,
  removeImageCaptions,
} from '../../../electron/core/text/cleaning/remove-image-captions';

describe('removeImageCaptions', () => {
  it('finds the title part of a numbered caption', () => {
    expect(captionBase('中山市工改半年總結(中山小榄工改)1')).toBe('中山市工改半年總結');
    expect(captionBase('中山市工改半年總結 2')).toBe('中山市工改半年總結');
    expect(captionBase('2023')).toBeNull();
    expect(captionBase('全年新增公办学位超3700')).toBeNull();
  });

  it('removes a caption repeating a line of the document', () => {
    const result = removeImageCaptions(
      mappedFromString('中山市工改半年總結\n正文。\n中山市工改半年總結(中山小榄工改)1\n重塑優勢'),
    );
    expect(result.text).toBe('中山市工改半年總結\n正文。\n\n重塑優勢');
    expect(result.removed).toEqual([
      { kind: 'image-caption', text: '中山市工改半年總結(中山小榄工改)1' },
    ]);
  });

  it('keeps lines ending in a number that repeat nothing', () => {
    const text = '小榄镇概况\n全年新增公办学位超3700\n常住人口超78万';
    expect(removeImageCaptions(mappedFromString(text)).text).toBe(text);
  });
});
