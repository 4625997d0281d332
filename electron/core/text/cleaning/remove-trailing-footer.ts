import { isSubstantiveLine } from './chars';
import type { MappedText, TextEdit, TextLine } from './mapped-text';
import { applyEdits, splitLines } from './mapped-text';

/** Footer vocabulary of news pages: contact lines, apps and accounts, topic links. */
const FOOTER =
  /([联聯][系繫]我[们們]|[咨諮][询詢][电電][话話]|[订訂][报報]|广告(咨[询詢]|[热熱]线|合作|服[务務])|廣告(諮詢|熱線|合作|服務)|官方(微信|微博|[账賬][号號])|客[户戶]端$|APP$|App$|app$|公众[号號]|公眾號|投稿|[热熱]线|[热熱]線)/;
const TAIL_LINKS =
  /^([专專][题題]|[评評]论|[点點][赞贊]|收藏|打印|[关關]闭|返回|回到[顶頂]部|[纠糾][错錯]|[举舉][报報]|相[关關][链鏈]接|友情[链鏈]接|[网網]站地[图圖]|[关關]于我[们們]|[关關]於我們|[责責]任[编編][辑輯].*)$/;
/** A source credit in parentheses closing an article: `(鹤讯)`, `（新华社）`. */
const SOURCE_CREDIT = /^[(（][^()（）\d一二三四五六七八九十]{1,8}[)）]$/;

/**
 * Step 9: the page footer after the article. Below the last line of real content (a long line
 * with a full stop), short lines of footer vocabulary (contact and advertising phone lines,
 * official accounts and apps, topic links) and a closing source credit such as `(鹤讯)` go.
 * A signature block (`XX镇人民政府` / `2023年12月31日`) stays: it is none of these.
 */
export function removeTrailingFooter(input: MappedText): MappedText {
  const lines = splitLines(input.text);
  let last = -1;
  lines.forEach((line, index) => {
    if (isSubstantiveLine(line.text)) last = index;
  });
  const edits: TextEdit[] = [];
  for (const line of lines.slice(last + 1) as TextLine[]) {
    const text = line.text.trim();
    if (text === '' || [...text].length > 40 || text.includes('。')) continue;
    if (FOOTER.test(text) || TAIL_LINKS.test(text)) {
      edits.push({ start: line.start, end: line.end, kind: 'footer' });
    } else if (SOURCE_CREDIT.test(text)) {
      edits.push({ start: line.start, end: line.end, kind: 'byline' });
    }
  }
  return applyEdits(input, edits);
}
