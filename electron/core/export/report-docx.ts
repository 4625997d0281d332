import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  Footer,
  FootnoteReferenceRun,
  HeadingLevel,
  type ICommentOptions,
  type IRunOptions,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { quoteRuns, townGroups, type ReportModel, type ReportQuote } from './report-model';

/** Page sizes in twentieths of a point (portrait). */
const PAPER_TWIPS = {
  A4: { width: 11906, height: 16838 },
  A3: { width: 16838, height: 23811 },
  Letter: { width: 12240, height: 15840 },
} as const;
const MARGIN = { top: 1440, bottom: 1440, left: 1247, right: 1247 };
/** Half-points: 五号 (10.5 pt) body, 小五 (9 pt) in tables, 8 pt citations. */
const SIZE = { body: 21, table: 18, small: 16, title: 44, subtitle: 28 };
const GREY = '666666';

/**
 * Renders the report model as a Word document: Heading 1–3 styles (Word's navigation pane),
 * a table of contents field, one table per row with one column per town (landscape pages past
 * three towns), shared phrases in bold, citations, notes, the figures table and the sources.
 * Every run names its East Asian font so Word and WPS pick 宋体/黑体 rather than a Latin face.
 */
export async function renderReportDocx(model: ReportModel): Promise<Buffer> {
  const { labels, style } = model;
  const fonts = (eastAsia: string) => ({
    ascii: style.latinFont,
    hAnsi: style.latinFont,
    cs: style.latinFont,
    eastAsia,
  });
  const run = (
    text: string,
    options: Omit<IRunOptions, 'text' | 'font'> & { heading?: boolean } = {},
  ) => {
    const { heading, ...rest } = options;
    return new TextRun({
      ...rest,
      text,
      font: fonts(heading ? style.headingFont : style.bodyFont),
    });
  };

  const footnotes: Record<string, { children: Paragraph[] }> = {};
  let nextFootnote = 1;
  const footnote = (text: string): FootnoteReferenceRun => {
    const id = nextFootnote++;
    footnotes[String(id)] = {
      children: [new Paragraph({ children: [run(text, { size: SIZE.small })] })],
    };
    return new FootnoteReferenceRun(id);
  };
  const comments: ICommentOptions[] = [];

  const heading = (text: string, level: 1 | 2 | 3, pageBreakBefore = false) =>
    new Paragraph({
      heading:
        level === 1
          ? HeadingLevel.HEADING_1
          : level === 2
            ? HeadingLevel.HEADING_2
            : HeadingLevel.HEADING_3,
      pageBreakBefore,
      keepNext: true,
      children: [run(text, { heading: true })],
    });

  const quoteParagraphs = (quote: ReportQuote): Paragraph[] => {
    const children: ParagraphChild[] = [];
    if (quote.elidedBefore) children.push(run('……', { size: SIZE.table }));
    const runs = quoteRuns(quote);
    const commentIds = quote.comments.map(() => 0);
    for (const piece of runs) {
      if (style.comments === 'comments') {
        for (const i of piece.commentsStarting) {
          const comment = quote.comments[i]!;
          const id = comments.length;
          commentIds[i] = id;
          comments.push({
            id,
            author: model.author || 'PolicyLens',
            initials: 'PL',
            children: [
              new Paragraph({
                children: [
                  run(comment.tags.length > 0 ? `${comment.tags.join('、')}${labels.colon}` : '', {
                    bold: true,
                  }),
                  run(comment.text),
                ],
              }),
            ],
          });
          children.push(new CommentRangeStart(id));
        }
      }
      // A paragraph break inside a section becomes a line break inside the cell.
      piece.text.split('\n').forEach((line, i) => {
        children.push(
          run(line, { size: SIZE.table, bold: piece.bold, ...(i > 0 ? { break: 1 } : {}) }),
        );
      });
      for (const i of piece.commentsEnding) {
        const comment = quote.comments[i]!;
        if (style.comments === 'comments') {
          const id = commentIds[i]!;
          children.push(
            new CommentRangeEnd(id),
            new TextRun({ children: [new CommentReference(id)] }),
          );
        } else if (style.comments === 'footnotes') {
          const tags = comment.tags.length > 0 ? labels.aside(comment.tags.join('、')) : '';
          children.push(footnote(`${labels.comment}${tags}${labels.colon}${comment.text}`));
        }
      }
    }
    if (quote.elidedAfter) children.push(run('……', { size: SIZE.table }));
    const source = model.sources[quote.citation.sourceNumber - 1];
    const citationChildren: ParagraphChild[] = [
      run(`—— ${quote.citation.text}`, { size: SIZE.small, color: GREY }),
    ];
    if (style.citations === 'footnotes' && source) {
      citationChildren.push(footnote(sourceLine(model, source.number)));
    } else {
      citationChildren.push(
        run(` [${quote.citation.sourceNumber}]`, { size: SIZE.small, color: GREY }),
      );
    }
    return [
      new Paragraph({ children, spacing: { after: 40 } }),
      new Paragraph({ children: citationChildren, spacing: { after: 160 } }),
    ];
  };

  const headerCell = (text: string, width: number) =>
    new TableCell({
      width: { size: width, type: WidthType.PERCENTAGE },
      shading: { type: ShadingType.CLEAR, fill: 'E8EEF5', color: 'auto' },
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [run(text, { bold: true, heading: true, size: SIZE.table })],
        }),
      ],
    });

  const cellOf = (children: Paragraph[], width: number, fill?: string) =>
    new TableCell({
      width: { size: width, type: WidthType.PERCENTAGE },
      margins: { top: 80, bottom: 80, left: 100, right: 100 },
      ...(fill ? { shading: { type: ShadingType.CLEAR, fill, color: 'auto' } } : {}),
      children: children.length > 0 ? children : [new Paragraph({ children: [] })],
    });

  /** One table row per quote position, so pages break between quotes, then the notes. */
  const bodyRows = (cells: ReportModel['rows'][number]['cells'], width: number): TableRow[] => {
    const depth = Math.max(1, ...cells.map((cell) => cell.quotes.length));
    const rows: TableRow[] = [];
    for (let k = 0; k < depth; k++) {
      rows.push(
        new TableRow({
          cantSplit: true,
          children: cells.map((cell) => {
            const quote = cell.quotes[k];
            if (quote) return cellOf(quoteParagraphs(quote), width);
            return cellOf(
              k === 0
                ? [
                    new Paragraph({
                      children: [
                        run(labels.noPassage, { size: SIZE.table, color: GREY, italics: true }),
                      ],
                    }),
                  ]
                : [],
              width,
            );
          }),
        }),
      );
    }
    if (cells.some((cell) => cell.note)) {
      rows.push(
        new TableRow({
          cantSplit: true,
          children: cells.map((cell) =>
            cellOf(
              cell.note
                ? [
                    new Paragraph({
                      children: [
                        run(`${labels.note}${labels.colon}`, { bold: true, size: SIZE.table }),
                        run(cell.note, { size: SIZE.table }),
                      ],
                    }),
                  ]
                : [],
              width,
              'FAFBFC',
            ),
          ),
        }),
      );
    }
    return rows;
  };

  const comparisonTables = (): (Paragraph | Table)[] => {
    const { groups } = townGroups(model.towns);
    const blocks: (Paragraph | Table)[] = [heading(labels.comparison, 1)];
    for (const row of model.rows) {
      blocks.push(heading(row.label, 2));
      groups.forEach((group, g) => {
        if (groups.length > 1) {
          blocks.push(
            heading(
              `${row.label}${g > 0 ? labels.continued : ''} · ${group.map((i) => model.towns[i]).join('、')}`,
              3,
            ),
          );
        }
        const width = 100 / group.length;
        blocks.push(
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            layout: TableLayoutType.FIXED,
            rows: [
              new TableRow({
                tableHeader: true,
                cantSplit: true,
                children: group.map((i) => headerCell(model.towns[i] ?? '', width)),
              }),
              ...bodyRows(
                group.map((i) => row.cells[i]!),
                width,
              ),
            ],
          }),
          new Paragraph({ children: [] }),
        );
      });
    }
    return blocks;
  };

  const sharedPhrases = (): (Paragraph | Table)[] => {
    if (model.sharedPhrases.length === 0) return [];
    return [
      heading(labels.sharedPhrases, 1),
      new Paragraph({ children: [run(labels.sharedPhrasesIntro)] }),
      simpleTable(
        [labels.phrase, labels.towns],
        model.sharedPhrases.map((p) => [p.text, p.towns.join('、')]),
        [40, 60],
      ),
    ];
  };

  const figures = (): (Paragraph | Table)[] => {
    if (!model.figures || model.figures.length === 0) return [];
    const { groups } = townGroups(model.towns);
    const blocks: (Paragraph | Table)[] = [
      heading(labels.figures, 1),
      new Paragraph({ children: [run(labels.figuresIntro)] }),
    ];
    groups.forEach((group, g) => {
      if (groups.length > 1 && g > 0)
        blocks.push(new Paragraph({ children: [run(labels.continued)] }));
      const measureWidth = 28;
      blocks.push(
        simpleTable(
          [labels.measure, ...group.map((i) => model.towns[i] ?? '')],
          model
            .figures!.filter((f) => group.some((i) => f.values[i]))
            .map((f) => [f.measure, ...group.map((i) => f.values[i] ?? '')]),
          [measureWidth, ...group.map(() => (100 - measureWidth) / group.length)],
        ),
        new Paragraph({ children: [] }),
      );
    });
    return blocks;
  };

  const simpleTable = (header: string[], rows: string[][], widths: number[]) =>
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      layout: TableLayoutType.FIXED,
      rows: [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: header.map((h, i) => headerCell(h, widths[i] ?? 10)),
        }),
        ...rows.map(
          (cells) =>
            new TableRow({
              cantSplit: true,
              children: cells.map(
                (text, i) =>
                  new TableCell({
                    width: { size: widths[i] ?? 10, type: WidthType.PERCENTAGE },
                    margins: { top: 40, bottom: 40, left: 80, right: 80 },
                    children: [
                      new Paragraph({ children: [run(text, { size: SIZE.table, bold: i === 0 })] }),
                    ],
                  }),
              ),
            }),
        ),
      ],
    });

  const sources = (): Paragraph[] => [
    heading(labels.sources, 1),
    ...model.sources.map(
      (source) =>
        new Paragraph({
          spacing: { after: 80 },
          indent: { left: 420, hanging: 420 },
          children: [run(`[${source.number}] `), run(sourceLine(model, source.number))],
        }),
    ),
  ];

  const tocEntries = (): { text: string; level: number }[] => [
    { text: labels.comparison, level: 1 },
    ...model.rows.map((row) => ({ text: row.label, level: 2 })),
    ...(model.sharedPhrases.length > 0 ? [{ text: labels.sharedPhrases, level: 1 }] : []),
    ...(model.figures && model.figures.length > 0 ? [{ text: labels.figures, level: 1 }] : []),
    { text: labels.sources, level: 1 },
  ];

  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            font: fonts(style.bodyFont),
            size: SIZE.small,
            children:
              model.language === 'zh'
                ? ['第 ', PageNumber.CURRENT, ' 页']
                : ['Page ', PageNumber.CURRENT],
          }),
        ],
      }),
    ],
  });

  const paper = PAPER_TWIPS[style.paper];
  const { landscape } = townGroups(model.towns);
  // docx swaps width and height itself for landscape: always give the portrait size.
  const page = (wide: boolean) => ({
    size: {
      width: paper.width,
      height: paper.height,
      orientation: wide ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
    },
    margin: MARGIN,
  });

  const titlePage: Paragraph[] = [
    new Paragraph({ spacing: { before: 2400 }, children: [] }),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [run(model.title, { heading: true, size: SIZE.title, bold: true })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 1200 },
      children: [run(model.themeLine, { size: SIZE.subtitle })],
    }),
    ...[
      [labels.author, model.author || '—'],
      [labels.date, model.date],
      [labels.towns, model.scope.towns.join('、')],
      [labels.years, model.scope.years],
      [labels.documents, String(model.scope.documentCount)],
    ].map(
      ([label, value]) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 120 },
          children: [
            run(`${label}${labels.colon}`, { bold: true, heading: true }),
            run(value ?? ''),
          ],
        }),
    ),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 1600 },
      children: [run(labels.generatedBy, { size: SIZE.small, color: GREY })],
    }),
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({
      children: [run(labels.contents, { heading: true, bold: true, size: SIZE.subtitle })],
    }),
  ];

  const document = new Document({
    title: model.title,
    creator: model.author || 'PolicyLens',
    description: model.themeLine,
    features: { updateFields: true },
    comments: { children: comments },
    footnotes,
    styles: {
      default: {
        document: { run: { font: fonts(style.bodyFont), size: SIZE.body } },
        title: { run: { font: fonts(style.headingFont) } },
        heading1: {
          run: { font: fonts(style.headingFont), size: 32, bold: true, color: '1F3864' },
          paragraph: { spacing: { before: 360, after: 160 } },
        },
        heading2: {
          run: { font: fonts(style.headingFont), size: 28, bold: true, color: '1F3864' },
          paragraph: { spacing: { before: 280, after: 120 } },
        },
        heading3: {
          run: { font: fonts(style.headingFont), size: 24, bold: true, color: '2F5496' },
          paragraph: { spacing: { before: 200, after: 100 } },
        },
      },
    },
    sections: [
      {
        properties: { page: page(false) },
        footers: { default: footer },
        children: [
          ...titlePage,
          new TableOfContents(labels.contents, {
            hyperlink: true,
            headingStyleRange: '1-3',
            // Shown until Word updates the field (and by viewers that never do), in our fonts.
            contentChildren: tocEntries().map(
              ({ text, level }) =>
                new Paragraph({
                  indent: { left: (level - 1) * 420 },
                  spacing: { after: 60 },
                  children: [run(text, level === 1 ? { bold: true } : {})],
                }),
            ),
          }),
          new Paragraph({ children: [run(labels.tocHint, { size: SIZE.small, color: GREY })] }),
        ],
      },
      {
        properties: { page: page(landscape) },
        footers: { default: footer },
        children: [...comparisonTables(), ...sharedPhrases(), ...figures()],
      },
      { properties: { page: page(false) }, footers: { default: footer }, children: sources() },
    ],
  });
  return Packer.toBuffer(document);
}

/** 文件名 · 来源网址 · 发布日期 of one cited document. */
export function sourceLine(model: ReportModel, number: number): string {
  const source = model.sources[number - 1];
  if (!source) return '';
  const { labels } = model;
  return [
    [source.town, source.year === null ? null : labels.year(source.year), source.title]
      .filter(Boolean)
      .join(' · '),
    `${labels.fileName}${labels.colon}${source.fileName}`,
    source.sourceUrl ? `${labels.sourceUrl}${labels.colon}${source.sourceUrl}` : null,
    source.published ? `${labels.published}${labels.colon}${source.published}` : null,
  ]
    .filter(Boolean)
    .join('；');
}
