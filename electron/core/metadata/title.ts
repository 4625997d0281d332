import { classifyDebrisLine } from '../text/cleaning/remove-web-debris';
import type { DetectedField } from './field';
import { emptyField } from './field';

export interface TitleInput {
  cleaned: string;
  fileName: string;
  /** The source's own title (HTML <title>, docx/PDF properties), when it has one. */
  sourceTitle?: string;
  /** Heading lines, first first (from the source format or the detected outline). */
  headings?: readonly string[];
}

/** Placeholder titles that say nothing about the document. */
const PLACEHOLDER =
  /^(untitled|document\d*|doc\d*|无标题|無標題|未命名|新建.*文档|新建.*文件|index|default|home|首页|首頁|microsoft word.*|wps.*|文档\d*)$/i;
/** Separators between a page title and a site name: `标题_中山市人民政府`, `标题 - 网站`. */
const SITE_SEPARATOR = /\s*(?:[_|｜]|\s[-–—]\s)\s*/u;
/** Outline markers: a numbered line is a heading, not the document title. */
const MARKER =
  /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.、．](?!\d)|第[一二三四五六七八九十百\d]+[章节条])/u;
const HAN = /\p{Script=Han}/gu;

function cpLength(text: string): number {
  return [...text].length;
}

function hanCount(text: string): number {
  return (text.match(HAN) ?? []).length;
}

/** The source title without a site name, when it says something; else null. */
export function meaningfulSourceTitle(sourceTitle: string, fileName: string): string | null {
  const parts = sourceTitle
    .split(SITE_SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  // The title is the longest part (site names are short); ties keep the first.
  let title = parts.reduce<string>(
    (best, part) => (cpLength(part) > cpLength(best) ? part : best),
    '',
  );
  title = title.replace(/\s+/gu, ' ');
  const stem = fileName.replace(/\.[^.]+$/u, '');
  const length = cpLength(title);
  if (length < 4 || length > 120) return null;
  if (PLACEHOLDER.test(title) || title === stem) return null;
  if (hanCount(title) < 2 && !/[A-Za-z]{3}/.test(title)) return null;
  if (classifyDebrisLine(title) !== null) return null;
  return title;
}

/**
 * A line that reads as a document title: 4–60 characters, at least two Han characters, no full
 * stop, no outline marker, not a bare date, not debris. A trailing ellipsis is dropped.
 */
export function titleLike(line: string): string | null {
  const text = line
    .trim()
    .replace(/[…。.]+$/u, '')
    .trim();
  const length = cpLength(text);
  if (length < 4 || length > 60) return null;
  if (hanCount(text) < 2 || text.includes('。') || MARKER.test(text)) return null;
  if (/^[\d\s年月日号:：.\-/]+$/u.test(text)) return null;
  if (classifyDebrisLine(text) !== null) return null;
  return text;
}

/**
 * The document's title: the source's own title when meaningful (0.9); else a title-like line
 * among the first lines of the cleaned text before the first paragraph of running text (0.75;
 * cover lines like `2023` / `YEAR` are skipped); else the first heading (0.35).
 */
export function detectTitle(input: TitleInput): DetectedField<string> {
  if (input.sourceTitle) {
    const title = meaningfulSourceTitle(input.sourceTitle, input.fileName);
    if (title) return { value: title, confidence: 0.9, evidence: input.sourceTitle.trim() };
  }
  const lines = input.cleaned.split('\n').slice(0, 8);
  for (const line of lines) {
    const text = line.trim();
    if (text === '') continue;
    const title = titleLike(text);
    if (title) return { value: title, confidence: 0.75, evidence: text };
    // Running text before any title: the document has none of its own.
    if (cpLength(text) >= 40 || text.includes('。')) break;
  }
  const heading = input.headings?.find((h) => h.trim() !== '');
  if (heading) return { value: heading.trim(), confidence: 0.35, evidence: heading.trim() };
  return emptyField();
}
