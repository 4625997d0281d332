import type { ExportFormat, ReportOptions } from '../../../../shared/domain';
import { currentLanguage } from '../../i18n';

export type Passages = NonNullable<ReportOptions['passages']>;
export type CommentsMode = NonNullable<ReportOptions['comments']>;
export type CitationsMode = NonNullable<ReportOptions['citations']>;
export type HeadingLanguage = NonNullable<ReportOptions['language']>;
export type Paper = NonNullable<ReportOptions['paper']>;

export const PAPERS: readonly Paper[] = ['A4', 'A3', 'Letter'];
export const REPORT_FORMATS: readonly ExportFormat[] = ['docx', 'pdf'];
export const TABLE_FORMATS: readonly ExportFormat[] = ['xlsx', 'csv'];

export function isReportFormat(format: ExportFormat): boolean {
  return format === 'docx' || format === 'pdf';
}

/** The choices a researcher makes once and keeps: remembered between exports. */
export interface StyleChoices {
  author: string;
  passages: Passages;
  figures: boolean;
  comments: CommentsMode;
  citations: CitationsMode;
  language: HeadingLanguage;
  paper: Paper;
  bodyFont: string;
  headingFont: string;
  latinFont: string;
}

export type ReportFonts = Pick<StyleChoices, 'bodyFont' | 'headingFont' | 'latinFont'>;
export const FONT_KEYS = ['bodyFont', 'headingFont', 'latinFont'] as const;

/** Only until the library's settings arrive; the fonts chosen in 设置 are the real defaults. */
export const FALLBACK_FONTS: ReportFonts = {
  bodyFont: '宋体',
  headingFont: '黑体',
  latinFont: 'Times New Roman',
};

/** The report fonts of the library's settings, as the dialog's starting point. */
export function settingsFonts(
  settings:
    { reportBodyFont: string; reportHeadingFont: string; reportLatinFont: string } | undefined,
): ReportFonts {
  if (!settings) return FALLBACK_FONTS;
  return {
    bodyFont: settings.reportBodyFont,
    headingFont: settings.reportHeadingFont,
    latinFont: settings.reportLatinFont,
  };
}

export function defaultChoices(fonts: ReportFonts = FALLBACK_FONTS): StyleChoices {
  return {
    author: '',
    passages: 'excerpt',
    figures: true,
    // As the CLI: comments as footnotes (they survive PDF too), sources listed at the end.
    comments: 'footnotes',
    citations: 'bibliography',
    language: currentLanguage() === 'en' ? 'en' : 'zh',
    paper: 'A4',
    ...fonts,
  };
}

const STORAGE_KEY = 'policylens.exportChoices';

/**
 * The last export's choices over the defaults; anything unreadable falls back to the default.
 * Fonts are not remembered here: they start from the library's settings every time.
 */
export function rememberedChoices(fonts: ReportFonts = FALLBACK_FONTS): StyleChoices {
  const defaults = defaultChoices(fonts);
  let stored: unknown;
  try {
    stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
  } catch {
    return defaults;
  }
  if (typeof stored !== 'object' || stored === null) return defaults;
  const saved = stored as Partial<Record<keyof StyleChoices, unknown>>;
  const pick = <K extends keyof StyleChoices>(key: K, allowed?: readonly unknown[]) => {
    const value = saved[key];
    const sameType = typeof value === typeof defaults[key];
    const ok = sameType && (allowed === undefined || allowed.includes(value));
    return (ok ? value : defaults[key]) as StyleChoices[K];
  };
  return {
    author: pick('author'),
    passages: pick('passages', ['excerpt', 'full']),
    figures: pick('figures'),
    comments: pick('comments', ['comments', 'footnotes', 'none']),
    citations: pick('citations', ['footnotes', 'bibliography']),
    language: pick('language', ['zh', 'en']),
    paper: pick('paper', PAPERS),
    ...fonts,
  };
}

export function rememberChoices(choices: StyleChoices): void {
  const { bodyFont: _body, headingFont: _heading, latinFont: _latin, ...kept } = choices;
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(kept));
  } catch {
    // Without storage the next export starts from the defaults.
  }
}

/** What goes into startExport's options for this format: reports take everything. */
export function reportOptions(
  format: ExportFormat,
  choices: StyleChoices,
  selection: { title: string; towns?: string[]; rowIndexes?: number[] },
): ReportOptions {
  const base: ReportOptions = {
    language: choices.language,
    ...(selection.title.trim() !== '' ? { title: selection.title.trim() } : {}),
    ...(selection.towns ? { towns: selection.towns } : {}),
    ...(selection.rowIndexes ? { rowIndexes: selection.rowIndexes } : {}),
  };
  if (!isReportFormat(format)) {
    // A passage table has a comments column or not; footnotes mean nothing in a table.
    return { ...base, comments: choices.comments === 'none' ? 'none' : 'comments' };
  }
  return {
    ...base,
    ...(choices.author.trim() !== '' ? { author: choices.author.trim() } : {}),
    passages: choices.passages,
    figures: choices.figures,
    // A PDF has no comment balloons: the comments become footnotes there.
    comments: format === 'pdf' && choices.comments === 'comments' ? 'footnotes' : choices.comments,
    citations: choices.citations,
    paper: choices.paper,
    // An emptied font field leaves that font to the library's settings (the core's default).
    ...Object.fromEntries(
      FONT_KEYS.filter((key) => choices[key].trim() !== '').map((key) => [
        key,
        choices[key].trim(),
      ]),
    ),
  };
}
