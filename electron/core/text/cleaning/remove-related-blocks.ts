import { isSubstantiveLine } from './chars';
import type { MappedText, TextEdit, TextLine } from './mapped-text';
import { applyEdits, splitLines } from './mapped-text';

/**
 * Headings of "more news" blocks: 相关推荐, 更多新闻, 热点推荐, 相关阅读, 猜你喜欢, 网友关注,
 * 相关圖文资讯推荐 … (simplified or traditional, with up to six characters in between).
 */
const RELATED_HEADING =
  /^(相[关關]|[热熱]门|[热熱]門|[热熱][点點]|更多|精彩|猜你|延伸|推荐|推薦|[网網]友|往期|今日|[编編][辑輯])[\p{Script=Han}A-Za-z]{0,6}?(推荐|推薦|新[闻聞]|[阅閱][读讀]|[资資][讯訊]|[关關]注|喜[欢歡]|文章|回[顾顧]|[热熱][点點]|[专專][题題]|[链鏈]接)$/u;

/** A short line that reads like a headline in a list: no full stop, at most 50 characters. */
function isHeadlineLike(text: string): boolean {
  return [...text].length <= 50 && !text.includes('。') && !isSubstantiveLine(text);
}

/** True when `text` is the heading of a related/more-news block. */
export function isRelatedHeading(text: string): boolean {
  return [...text].length <= 16 && RELATED_HEADING.test(text.trim());
}

/**
 * Step 6: "more news" blocks. A related-block heading goes, and so do the short headline-like
 * lines after it, up to the first line of real content. A short line directly followed by a
 * long paragraph is a real section heading and stops the block.
 */
export function removeRelatedBlocks(input: MappedText): MappedText {
  const lines = splitLines(input.text);
  const edits: TextEdit[] = [];
  const nonEmpty = lines.filter((line) => line.text.trim() !== '');
  for (let i = 0; i < nonEmpty.length; i++) {
    const line = nonEmpty[i] as TextLine;
    if (!isRelatedHeading(line.text)) continue;
    edits.push({ start: line.start, end: line.end, kind: 'related-list' });
    let j = i + 1;
    for (; j < nonEmpty.length; j++) {
      const next = nonEmpty[j] as TextLine;
      if (isRelatedHeading(next.text)) break;
      if (!isHeadlineLike(next.text)) break;
      const after = nonEmpty[j + 1];
      if (after && !isHeadlineLike(after.text) && !isRelatedHeading(after.text)) break;
      edits.push({ start: next.start, end: next.end, kind: 'related-list' });
    }
    i = j - 1;
  }
  return applyEdits(input, edits);
}
