/** Headings and fixed words of a report, in the language the researcher chose. */
export interface ReportLabels {
  reportSuffix: string;
  contents: string;
  author: string;
  date: string;
  scope: string;
  towns: string;
  years: string;
  documents: string;
  theme: string;
  themeKinds: { query: string; tag: string; section: string };
  comparison: string;
  continued: string;
  note: string;
  noPassage: string;
  sharedPhrases: string;
  sharedPhrasesIntro: string;
  phrase: string;
  figures: string;
  figuresIntro: string;
  measure: string;
  target: string;
  sources: string;
  fileName: string;
  sourceUrl: string;
  published: string;
  comment: string;
  generatedBy: string;
  tocHint: string;
  page: (n: number) => string;
  year: (y: number) => string;
  pageOf: string;
  /** An aside: （目标） in Chinese, " (target)" in English. */
  aside: (text: string) => string;
  colon: string;
}

const zh: ReportLabels = {
  reportSuffix: '比较报告',
  contents: '目录',
  author: '作者',
  date: '日期',
  scope: '范围',
  towns: '镇街',
  years: '年份',
  documents: '文档',
  theme: '主题',
  themeKinds: { query: '检索', tag: '编码', section: '章节' },
  comparison: '逐项比较',
  continued: '（续）',
  note: '研究者按语',
  noPassage: '（未找到相关段落）',
  sharedPhrases: '共有表述',
  sharedPhrasesIntro: '以下表述在两个及以上镇街的相关段落中逐字出现（正文中以粗体标出）。',
  phrase: '表述',
  figures: '数据对照',
  figuresIntro: '相关段落中出现的数字，按指标与单位归类；“目标”指计划或预期数值。',
  measure: '指标',
  target: '目标',
  sources: '资料来源',
  fileName: '文件名',
  sourceUrl: '来源网址',
  published: '发布日期',
  comment: '批注',
  generatedBy: '由政策镜 PolicyLens 生成',
  tocHint: '（在 Word 中按 F9 或右键“更新域”以刷新目录与页码）',
  page: (n) => `第 ${n} 页`,
  year: (y) => `${y}年`,
  pageOf: '页',
  aside: (text) => `（${text}）`,
  colon: '：',
};

const en: ReportLabels = {
  reportSuffix: 'comparison report',
  contents: 'Contents',
  author: 'Author',
  date: 'Date',
  scope: 'Scope',
  towns: 'Towns',
  years: 'Years',
  documents: 'Documents',
  theme: 'Theme',
  themeKinds: { query: 'search', tag: 'code', section: 'section' },
  comparison: 'Comparison',
  continued: ' (continued)',
  note: 'Researcher’s note',
  noPassage: '(no matching passage)',
  sharedPhrases: 'Shared phrases',
  sharedPhrasesIntro:
    'These phrases occur word for word in the passages of two or more towns (bold in the quotes).',
  phrase: 'Phrase',
  figures: 'Figures',
  figuresIntro:
    'Numbers stated in the passages, grouped by what they measure and their unit; “target” marks planned values.',
  measure: 'Measure',
  target: 'target',
  sources: 'Sources',
  fileName: 'File',
  sourceUrl: 'URL',
  published: 'Published',
  comment: 'Comment',
  generatedBy: 'Made with PolicyLens',
  tocHint:
    '(In Word, press F9 or right-click → Update Field to refresh the contents and page numbers)',
  page: (n) => `p. ${n}`,
  year: (y) => String(y),
  pageOf: 'page',
  aside: (text) => ` (${text})`,
  colon: ': ',
};

export function reportLabels(language: 'zh' | 'en'): ReportLabels {
  return language === 'en' ? en : zh;
}
