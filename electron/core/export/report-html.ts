import { sourceLine } from './report-docx';
import { quoteRuns, townGroups, type ReportModel, type ReportQuote } from './report-model';

const SERIF = `"Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", "宋体", serif`;
const SANS = `"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "SimHei", "黑体", sans-serif`;

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Chromium's footer template (page numbers), in the report's language. */
export function pdfFooterTemplate(model: ReportModel): string {
  const text =
    model.language === 'zh'
      ? '第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页'
      : 'Page <span class="pageNumber"></span> of <span class="totalPages"></span>';
  return `<div style="width:100%;text-align:center;font-size:8pt;color:#666;font-family:${escapeHtml(SANS)}">${text}</div>`;
}

/**
 * The report model as one self-contained HTML page for printing: A4 (or the chosen paper),
 * landscape pages for wide tables through a named @page, table headers repeated on every page,
 * rows kept whole where they fit, a CJK font stack. No scripts, no external resources.
 */
export function renderReportHtml(model: ReportModel): string {
  const { labels, style } = model;
  const { landscape, groups } = townGroups(model.towns);
  const notes: string[] = [];

  const quoteHtml = (quote: ReportQuote): string => {
    let body = '';
    for (const run of quoteRuns(quote)) {
      const text = escapeHtml(run.text);
      body += run.bold ? `<strong>${text}</strong>` : text;
      if (style.comments !== 'none') {
        for (const i of run.commentsEnding) {
          const comment = quote.comments[i]!;
          notes.push(
            `${comment.tags.length > 0 ? `${escapeHtml(comment.tags.join('、'))}${labels.colon}` : ''}${escapeHtml(comment.text)}`,
          );
          body += `<sup class="note-ref">${notes.length}</sup>`;
        }
      }
    }
    const before = quote.elidedBefore ? '……' : '';
    const after = quote.elidedAfter ? '……' : '';
    return `<div class="quote"><p>${before}${body}${after}</p><p class="cite">—— ${escapeHtml(quote.citation.text)} [${quote.citation.sourceNumber}]</p></div>`;
  };

  const rowsHtml = model.rows
    .map((row, r) => {
      const firstNote = notes.length;
      const tables = groups
        .map((group, g) => {
          const caption =
            groups.length > 1
              ? `<h3>${escapeHtml(row.label)}${g > 0 ? escapeHtml(labels.continued) : ''} · ${escapeHtml(group.map((i) => model.towns[i]).join('、'))}</h3>`
              : '';
          const head = group.map((i) => `<th>${escapeHtml(model.towns[i] ?? '')}</th>`).join('');
          const cells = group.map((i) => row.cells[i]!);
          const depth = Math.max(1, ...cells.map((cell) => cell.quotes.length));
          const bodyRows: string[] = [];
          for (let k = 0; k < depth; k++) {
            const tds = cells
              .map((cell) => {
                const quote = cell.quotes[k];
                if (quote) return `<td>${quoteHtml(quote)}</td>`;
                return k === 0
                  ? `<td><p class="empty">${escapeHtml(labels.noPassage)}</p></td>`
                  : '<td class="more"></td>';
              })
              .join('');
            bodyRows.push(`<tr>${tds}</tr>`);
          }
          if (cells.some((cell) => cell.note)) {
            bodyRows.push(
              `<tr class="notes-row">${cells
                .map((cell) =>
                  cell.note
                    ? `<td><p class="cell-note"><b>${escapeHtml(labels.note)}${labels.colon}</b>${escapeHtml(cell.note)}</p></td>`
                    : '<td></td>',
                )
                .join('')}</tr>`,
            );
          }
          return `${caption}<table class="compare"><colgroup>${group.map(() => '<col>').join('')}</colgroup><thead><tr>${head}</tr></thead><tbody>${bodyRows.join('')}</tbody></table>`;
        })
        .join('');
      const rowNotes = notes.slice(firstNote);
      const notesHtml =
        rowNotes.length > 0
          ? `<ol class="notes" start="${firstNote + 1}">${rowNotes.map((n) => `<li>${n}</li>`).join('')}</ol>`
          : '';
      return `<section class="row"><h2 id="row-${r + 1}">${escapeHtml(row.label)}</h2>${tables}${notesHtml}</section>`;
    })
    .join('');

  const phrasesHtml =
    model.sharedPhrases.length === 0
      ? ''
      : `<h1 id="phrases">${escapeHtml(labels.sharedPhrases)}</h1><p>${escapeHtml(labels.sharedPhrasesIntro)}</p>
<table class="plain"><thead><tr><th style="width:40%">${escapeHtml(labels.phrase)}</th><th>${escapeHtml(labels.towns)}</th></tr></thead><tbody>${model.sharedPhrases
          .map(
            (p) =>
              `<tr><td><strong>${escapeHtml(p.text)}</strong></td><td>${escapeHtml(p.towns.join('、'))}</td></tr>`,
          )
          .join('')}</tbody></table>`;

  const figures = model.figures ?? [];
  const figuresHtml =
    figures.length === 0
      ? ''
      : `<h1 id="figures">${escapeHtml(labels.figures)}</h1><p>${escapeHtml(labels.figuresIntro)}</p>${groups
          .map((group) => {
            const rows = figures.filter((f) => group.some((i) => f.values[i]));
            return `<table class="plain figures"><thead><tr><th class="measure">${escapeHtml(labels.measure)}</th>${group
              .map((i) => `<th>${escapeHtml(model.towns[i] ?? '')}</th>`)
              .join('')}</tr></thead><tbody>${rows
              .map(
                (f) =>
                  `<tr><td class="measure">${escapeHtml(f.measure)}</td>${group.map((i) => `<td>${escapeHtml(f.values[i] ?? '')}</td>`).join('')}</tr>`,
              )
              .join('')}</tbody></table>`;
          })
          .join('')}`;

  const sourcesHtml = `<h1 id="sources">${escapeHtml(labels.sources)}</h1><ol class="sources">${model.sources
    .map((s) => `<li>${escapeHtml(sourceLine(model, s.number))}</li>`)
    .join('')}</ol>`;

  const toc = [
    `<li><a href="#comparison">${escapeHtml(labels.comparison)}</a><ol>${model.rows
      .map((row, r) => `<li><a href="#row-${r + 1}">${escapeHtml(row.label)}</a></li>`)
      .join('')}</ol></li>`,
    model.sharedPhrases.length > 0
      ? `<li><a href="#phrases">${escapeHtml(labels.sharedPhrases)}</a></li>`
      : '',
    figures.length > 0 ? `<li><a href="#figures">${escapeHtml(labels.figures)}</a></li>` : '',
    `<li><a href="#sources">${escapeHtml(labels.sources)}</a></li>`,
  ].join('');

  const facts = [
    [labels.author, model.author || '—'],
    [labels.date, model.date],
    [labels.towns, model.scope.towns.join('、')],
    [labels.years, model.scope.years],
    [labels.documents, String(model.scope.documentCount)],
  ]
    .map(([k, v]) => `<tr><th>${escapeHtml(k ?? '')}</th><td>${escapeHtml(v ?? '')}</td></tr>`)
    .join('');

  return `<!doctype html>
<html lang="${model.language === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(model.title)}</title>
<style>
@page { size: ${style.paper}; margin: 20mm 18mm 20mm 18mm; }
@page wide { size: ${style.paper} landscape; margin: 16mm 14mm 18mm 14mm; }
.wide { page: wide; }
* { box-sizing: border-box; }
body { font-family: ${SERIF}; font-size: 10.5pt; line-height: 1.65; color: #1f1f1f; margin: 0; }
h1, h2, h3, th, .title, .theme { font-family: ${SANS}; }
h1 { font-size: 16pt; color: #1f3864; margin: 0 0 10pt; padding-bottom: 4pt; border-bottom: 1.5pt solid #1f3864; break-after: avoid; }
h2 { font-size: 13.5pt; color: #1f3864; margin: 16pt 0 8pt; break-after: avoid; }
h3 { font-size: 11pt; color: #2f5496; margin: 10pt 0 6pt; break-after: avoid; }
.title-page { break-after: page; text-align: center; padding-top: 60mm; }
.title { font-size: 24pt; font-weight: 700; margin-bottom: 8pt; }
.theme { font-size: 14pt; color: #444; margin-bottom: 40mm; }
.facts { margin: 0 auto; border-collapse: collapse; font-size: 11pt; }
.facts th { text-align: right; padding: 3pt 10pt; font-weight: 700; }
.facts td { text-align: left; padding: 3pt 10pt; }
.made { margin-top: 30mm; color: #777; font-size: 9pt; }
.toc { break-after: page; }
.toc ol { list-style: none; padding-left: 0; }
.toc ol ol { padding-left: 2em; }
.toc li { margin: 3pt 0; }
.toc a { color: inherit; text-decoration: none; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0 0 10pt; }
thead { display: table-header-group; }
th { background: #e8eef5; font-size: 10pt; padding: 5pt 6pt; border: 0.75pt solid #9aa9bd; text-align: center; }
td { vertical-align: top; padding: 6pt 7pt; border: 0.75pt solid #9aa9bd; font-size: 9.5pt; word-break: break-word; }
tr { break-inside: avoid; }
.compare td { line-height: 1.6; }
.compare tbody tr + tr td { border-top: 0.5pt dashed #c5cedb; }
.notes-row td { background: #fafbfc; }
.quote { break-inside: avoid; margin-bottom: 6pt; }
.quote p { margin: 0; white-space: pre-line; }
.cite { color: #666; font-size: 8pt; margin-top: 2pt !important; }
.empty { color: #888; font-style: italic; }
.cell-note { margin: 0; }
.note-ref { color: #b54708; font-size: 7pt; }
.notes { font-size: 8.5pt; color: #444; padding-left: 2em; }
.figures .measure { width: 26%; font-weight: 700; text-align: left; }
.plain td { font-size: 9pt; }
.sources { font-size: 9.5pt; padding-left: 2em; }
.sources li { margin-bottom: 4pt; word-break: break-all; }
strong { font-weight: 700; color: #000; }
</style></head><body>
<div class="title-page"><div class="title">${escapeHtml(model.title)}</div><div class="theme">${escapeHtml(model.themeLine)}</div><table class="facts">${facts}</table><div class="made">${escapeHtml(labels.generatedBy)}</div></div>
<nav class="toc"><h1>${escapeHtml(labels.contents)}</h1><ol>${toc}</ol></nav>
<main class="${landscape ? 'wide' : ''}"><h1 id="comparison">${escapeHtml(labels.comparison)}</h1>${rowsHtml}${phrasesHtml}${figuresHtml}</main>
<div>${sourcesHtml}</div>
</body></html>`;
}
