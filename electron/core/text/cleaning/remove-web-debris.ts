import { isSubstantiveLine, isWordChar } from './chars';
import type { MappedText, TextEdit } from './mapped-text';
import { applyEdits, splitLines } from './mapped-text';

/** News aggregators and portals whose name shows up as a line of its own. */
const SITE_NAMES =
  /(每日[头頭][条條]|今日[头頭][条條]|一[点點][资資][讯訊]|[网網]易新[闻聞]|搜狐(新[闻聞]|[号號])|[腾騰][讯訊]新[闻聞]|新浪(新[闻聞]|[网網])|[凤鳳]凰(新[闻聞]|[网網])|百家[号號]|澎湃新[闻聞]|趣[头頭][条條]|天天快[报報]|ZAKER)/i;

/** Accessibility and page-tool links that make up a whole line of page chrome. */
const CHROME_TOKENS =
  /无障碍(版|浏览|阅读)?|無障礙(版|瀏覽|閱讀)?|[长長]者(助手|模式|版)|[关關]怀版|[繁简簡][体體](中文|版)?|English|登[录錄]|[注註]册|[设設][为為]首[页頁]|加入收藏|打印(本[页頁])?|[关關]闭(窗口)?|[关關]閉(窗口)?|返回(顶部|頂部|首[页頁])?|字[号號体體]|默[认認]|[纠糾][错錯]|收藏|大|中|小/g;

/** Labels of the stamps web pages put under a title: time, source, author, views. */
const STAMP_LABEL =
  /(更新[时時][间間]|[发發][布佈表][时時][间間]|[发發][布佈]日期|[发發]文日期|信息[来來]源|[资資][讯訊][来來]源|^[来來]源|[浏瀏][览覽]次[数數]|[阅閱][读讀]次[数數]|[点點]击[数量率]|[点點]擊[數量率]|^作者|[责責]任[编編][辑輯]|^[编編][辑輯]|字[号號])\s*[:：]/;
const DATE_TIME_ONLY = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}( \d{1,2}:\d{2}(:\d{2})?)?$/;

const BYLINE =
  /^【([来來]源|[采採][写寫访訪]|作者|[记記]者|[编編][辑輯]|[责責]任[编編][辑輯]|通[讯訊][员員]|[摄攝]影|校[对對]|[审審]核|出品|[统統][筹籌]|[监監]制)】/;

const SHARE =
  /(分享到|分享至|分享[给給]|[扫掃]一[扫掃]|[扫掃]描二[维維][码碼]|二[维維][码碼]|朋友圈)/;
const SHARE_ONLY = /^分享\s*[:：]?$/;

const COPYRIGHT =
  /(copyright|版[权權]所有|all rights reserved|©|不得[转轉][载載]|禁止[转轉][载載]|未[经經]授[权權]|ICP[备備证證]|公[网網]安[备備]|[经經][营營]许可[证證]|[经經][營營]許可[證證]|许可[证證][编編]号|[视視][听聽][节節]目许可|[视視][听聽][节節]目許可)/i;
const COPYRIGHT_YEARS = /^\d{4}\s*[-–—]\s*\d{4}\s*[@©]/;

const MORE_LINK =
  /^(查看全部|查看更多|更多|[阅閱][读讀]全文|展[开開]全文|[点點]击查看|[点點]擊查看|[阅閱][读讀]原文|返回[顶頂]部|返回首[页頁]|打印本[页頁]|[关關][闭閉]窗口|上一版|下一版|上一期|下一期|返回目[录錄])\s*[>》»]*$/;
const PREV_NEXT = /^(上一篇|下一篇)\s*[:：]?/;

const NEWSPAPER_PAGE = /^第\s*[A-Za-z]*\d+[A-Za-z]?\d*\s*版/;
const WORD_COUNT = /^(本文)?字[数數]\s*[:：]\s*\d+$/;
const PAGE_OF = /第\s*\d+\s*\/\s*\d+\s*[页頁]/;
const PAGE_NUMBER =
  /^([-—–]\s*\d{1,4}\s*[-—–]|第\s*\d+\s*[页頁](\s*[,，/]?\s*共\s*\d+\s*[页頁])?)$/;
const PAPER_DATE_LINE = /\d{4}年\d{1,2}月\d{1,2}日\s*星期[一二三四五六日天]/;

const BREADCRUMB_START = /^[>›»]/;
const LOCATION =
  /^(您?(当前|當前|现在|現在)(的)?(所在)?位置|[当當]前位置|所在位置|[现現]在位置)\s*[:：]/;
const HOME_CRUMB = /^首[页頁]\s*[>›»]/;

/** Code point length. */
function len(text: string): number {
  return [...text].length;
}

function hasWordChar(text: string): boolean {
  for (const ch of text) if (isWordChar(ch.codePointAt(0) ?? 0)) return true;
  return false;
}

/** A line made only of page-tool links (`无障碍版 长者助手`, `【打印】【关闭】`). */
function isChromeLine(line: string): boolean {
  const anchors = line.match(CHROME_TOKENS)?.filter((token) => [...token].length >= 2) ?? [];
  if (anchors.length === 0) return false;
  return line.replace(CHROME_TOKENS, '').replace(/[\s|｜【】[\]/·•]/g, '') === '';
}

/**
 * The kind of web debris a (trimmed) line is, or null for a line to keep. A line carrying a
 * real sentence (long, with a full stop) is never debris.
 */
export function classifyDebrisLine(line: string): string | null {
  const text = line.trim();
  if (text === '') return null;
  if (!hasWordChar(text)) return 'punctuation';
  if (isSubstantiveLine(text)) return null;
  const length = len(text);
  const sentence = text.includes('。');

  if (length <= 20 && SITE_NAMES.test(text) && !sentence) return 'site-name';
  if (length <= 60 && SITE_NAMES.test(text) && /[关關]注|[下载載]|更新/.test(text)) {
    return 'site-promo';
  }
  if (length <= 60 && !sentence && BREADCRUMB_START.test(text)) return 'navigation';
  if (length <= 80 && !sentence && (LOCATION.test(text) || HOME_CRUMB.test(text))) {
    return 'navigation';
  }
  if (length <= 40 && isChromeLine(text)) return 'navigation';
  if (length <= 100 && !sentence && STAMP_LABEL.test(text)) return 'stamp';
  if (DATE_TIME_ONLY.test(text)) return 'stamp';
  if (length <= 60 && !sentence && BYLINE.test(text)) return 'byline';
  if (length <= 50 && !sentence && (SHARE.test(text) || SHARE_ONLY.test(text))) return 'share';
  if (length <= 150 && !sentence && (COPYRIGHT.test(text) || COPYRIGHT_YEARS.test(text))) {
    return 'copyright';
  }
  if (MORE_LINK.test(text)) return 'more-link';
  if (length <= 60 && !sentence && PREV_NEXT.test(text)) return 'more-link';
  if (length <= 40 && NEWSPAPER_PAGE.test(text)) return 'page-chrome';
  if (WORD_COUNT.test(text) || PAGE_NUMBER.test(text)) return 'page-chrome';
  if (length <= 60 && !sentence && PAGE_OF.test(text)) return 'page-chrome';
  if (length <= 120 && !sentence && PAPER_DATE_LINE.test(text)) return 'page-chrome';
  return null;
}

/**
 * Step 5: whole lines of web and print debris — site names, breadcrumbs and page tools,
 * repost/update stamps, bylines, share and QR prompts, copyright and licence lines, "more"
 * links, newspaper page chrome, lines of punctuation only. The metadata detector reads the
 * original text, so the dates in removed stamps stay available to it.
 */
export function removeWebDebris(input: MappedText): MappedText {
  const edits: TextEdit[] = [];
  for (const line of splitLines(input.text)) {
    const kind = classifyDebrisLine(line.text);
    if (kind) edits.push({ start: line.start, end: line.end, kind });
  }
  return applyEdits(input, edits);
}
