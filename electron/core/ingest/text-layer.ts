import { profileText } from './chinese-text';

export interface TextLayerVerdict {
  needsOcr: boolean;
  /** Why, for the user. */
  reason?: string;
  /** True when the text layer is garbage and must not be imported as text. */
  garbled?: boolean;
}

/** Fewer letters (Han, Latin, digits) than this on a page with images: a scan. */
export const MIN_PAGE_LETTERS = 20;
/** Share of U+FFFD, private-use and control characters above which the layer is garbled. */
const MAX_UNREADABLE_SHARE = 0.1;
/** Share of the page covered by "(cid:123)" codes above which the layer is garbled. */
const MAX_CID_SHARE = 0.3;

/**
 * Decides whether a PDF page's text layer is usable or the page needs OCR. Deliberately simple
 * rules, in order:
 * 1. "(cid:N)" codes (what some converters write for glyphs they cannot map) cover more than 30%
 *    of the page's visible characters → garbled;
 * 2. more than 10% of the visible characters are U+FFFD, private-use or control characters
 *    (fonts without a Unicode map) → garbled;
 * 3. no Han at all but at least 20 Latin-1 letters (U+00A1–U+00FF) making up over 30% of the
 *    letters → garbled: Chinese text in a font without a Unicode map, read as Latin-1 ("ÄÏÀÊ");
 * 4. at least 20 Han characters of which fewer than 10% are common ones → garbled (a wrong
 *    mapping spreads characters over the whole CJK block);
 * 5. fewer than 20 letters (Han, Latin letters, digits) on a page that shows images → no or
 *    almost no text layer: a scanned page.
 * A page with little text and no image is a blank or separator page and does not need OCR.
 */
export function assessTextLayer(text: string, hasImages: boolean): TextLayerVerdict {
  const profile = profileText(text);
  const visible = Math.max(1, profile.visible);
  const cidChars = (text.match(/\(cid:\d+\)/g) ?? []).join('').length;
  if (cidChars > 0 && cidChars / visible > MAX_CID_SHARE) {
    return { needsOcr: true, garbled: true, reason: 'garbled text layer (unmapped glyph codes)' };
  }
  const unreadable = profile.replacement + profile.privateUse + profile.control;
  if (profile.visible >= 10 && unreadable / visible > MAX_UNREADABLE_SHARE) {
    return { needsOcr: true, garbled: true, reason: 'garbled text layer (unreadable characters)' };
  }
  if (
    profile.han === 0 &&
    profile.latin1 >= MIN_PAGE_LETTERS &&
    profile.latin1 > 0.3 * (profile.latin1 + profile.asciiAlnum)
  ) {
    return {
      needsOcr: true,
      garbled: true,
      reason: 'garbled text layer (Chinese text without a Unicode mapping)',
    };
  }
  if (profile.han >= MIN_PAGE_LETTERS && profile.commonHan < 0.1 * profile.han) {
    return { needsOcr: true, garbled: true, reason: 'garbled text layer (unlikely characters)' };
  }
  const letters = profile.han + profile.asciiAlnum;
  if (hasImages && letters < MIN_PAGE_LETTERS) {
    return {
      needsOcr: true,
      reason:
        letters === 0 ? 'no text layer (scanned page)' : 'almost no text layer (scanned page)',
    };
  }
  return { needsOcr: false };
}
