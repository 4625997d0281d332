import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeLabelled, decodeUnlabelled, type DecodedText } from '../decode-text';
import {
  HEAD_TAGS,
  htmlToText,
  NON_CONTENT_TAGS,
  visibleLength,
  type HtmlText,
} from '../html-text';
import { MAX_HTML_FILE_BYTES } from '../limits';
import { extractMhtmlPage } from '../mhtml';
import { findLabelledDate, normaliseDate } from '../published-date';
import type { ExtractedText, FormatReader, SourceMetadata } from './types';

/**
 * Web pages saved from a browser (.html/.htm) or as single-file archives (.mhtml/.mht).
 *
 * Safety: the page is parsed by linkedom, which builds a tree and never runs scripts, loads
 * resources, follows `<meta http-equiv=refresh>` or fires event handlers. Scripts, styles,
 * frames, embedded objects, SVG, navigation and form controls are removed before anything reads
 * the text.
 *
 * Content: Readability picks the article; when it finds nothing, or much less than the page
 * holds (under 15% of the body's characters), the whole body is used instead.
 */
export const htmlReader: FormatReader = {
  format: 'html',
  extensions: ['.html', '.htm', '.mhtml', '.mht'],
  maxBytes: MAX_HTML_FILE_BYTES,
  read: async (bytes, file) => readHtml(bytes, file),
};

/**
 * Elements removed from the tree before Readability or the text walker see it: everything that
 * is never text of the document, except the head, which Readability reads for the title.
 */
const REMOVED = NON_CONTENT_TAGS.filter((tag) => !HEAD_TAGS.includes(tag)).join(',');

/** Readability's share of the body text below which the body is used instead. */
const MIN_ARTICLE_SHARE = 0.15;
const LEVEL_ATTRIBUTE = 'data-policylens-level';

function readHtml(bytes: Buffer, file: string): ExtractedText {
  let htmlBytes = bytes;
  let declaredCharset: string | null = null;
  let location: string | null = null;
  const extension = path.extname(file).toLowerCase();
  if (extension === '.mhtml' || extension === '.mht') {
    const page = extractMhtmlPage(bytes, file);
    if (page) {
      htmlBytes = page.html;
      declaredCharset = page.charset;
      location = page.location;
    }
  }
  const { text: html, encoding } = decodeHtml(htmlBytes, declaredCharset, file);
  const document = parseDocument(html);

  const metadata = readMetadata(document, location);
  removeNonContent(document);
  for (const heading of Array.from(document.querySelectorAll('h1,h2,h3,h4,h5,h6'))) {
    heading.setAttribute(LEVEL_ATTRIBUTE, heading.localName.slice(1));
  }
  const body = htmlToText(document.body, { headingLevel });
  const published = metadata.published ?? findLabelledDate(body.text);
  const article = readArticle(document);
  const content =
    article !== null &&
    visibleLength(article.text) > 0 &&
    visibleLength(article.text) >= MIN_ARTICLE_SHARE * visibleLength(body.text)
      ? article
      : body;

  return {
    text: content.text,
    encoding,
    headings: content.headings,
    metadata: {
      ...(metadata.title ? { title: metadata.title } : {}),
      ...(metadata.sourceUrl ? { sourceUrl: metadata.sourceUrl } : {}),
      ...(published ? { published } : {}),
    },
  };
}

/**
 * linkedom builds <html> and <body> only when the markup has them; a fragment ("<p>…</p>", or
 * plain text saved as .html) is wrapped so that it has a body like any page.
 */
function parseDocument(html: string): Document {
  if (/<(html|body)[\s>]/i.test(html)) {
    const document = parseHTML(html).document as unknown as Document | undefined;
    if (document?.documentElement && document.body) return document;
  }
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`)
    .document as unknown as Document;
}

/**
 * Charset, in the order a browser uses: BOM, the transport's (MHTML part header), `<meta charset>`
 * or `<meta http-equiv=Content-Type>` in the first 4 KB; then detection (UTF-8, GB18030, Big5).
 */
function decodeHtml(bytes: Buffer, declared: string | null, file: string): DecodedText {
  const hasBom =
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (hasBom) return decodeUnlabelled(bytes, file);
  const sniffed = declared === null ? sniffMetaCharset(bytes) : null;
  // A page whose <meta> can be read as ASCII is not UTF-16, whatever it says (HTML spec).
  const label = declared ?? (sniffed && /^utf-?16/i.test(sniffed) ? 'utf-8' : sniffed);
  if (label) {
    const decoded = decodeLabelled(bytes, label, file);
    if (decoded) return decoded;
  }
  return decodeUnlabelled(bytes, file);
}

function sniffMetaCharset(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const match = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+)/i.exec(head);
  return match ? match[1]! : null;
}

function readMetadata(document: Document, location: string | null): SourceMetadata {
  const meta = new Map<string, string>();
  for (const element of Array.from(document.querySelectorAll('meta'))) {
    const key = (
      element.getAttribute('property') ??
      element.getAttribute('name') ??
      element.getAttribute('itemprop') ??
      ''
    ).toLowerCase();
    const content = element.getAttribute('content')?.trim();
    if (key && content && !meta.has(key)) meta.set(key, content);
  }
  const title = [
    meta.get('og:title'),
    meta.get('articletitle'),
    document.querySelector('title')?.textContent,
    document.querySelector('h1')?.textContent,
  ]
    .map((candidate) => candidate?.replace(/\s+/g, ' ').trim())
    .find((candidate) => candidate && candidate.length > 0);
  const canonical = Array.from(document.querySelectorAll('link[rel]'))
    .find((link) => /(^|\s)canonical(\s|$)/i.test(link.getAttribute('rel') ?? ''))
    ?.getAttribute('href');
  const sourceUrl = [canonical, meta.get('og:url'), location]
    .map((candidate) => candidate?.trim())
    .find((candidate) => candidate !== undefined && /^https?:\/\/\S+$/i.test(candidate));
  const published = [
    'article:published_time',
    'publishdate',
    'pubdate',
    'publish_date',
    'publishtime',
    'datepublished',
    'og:published_time',
    'dc.date.issued',
    'dcterms.issued',
    'dc.date',
    'dcterms.created',
    'firstpublishedtime',
  ]
    .map((key) => meta.get(key))
    .map((value) => (value ? normaliseDate(value) : undefined))
    .find((value) => value !== undefined);
  return {
    ...(title ? { title } : {}),
    ...(sourceUrl ? { sourceUrl } : {}),
    ...(published ? { published } : {}),
  };
}

/**
 * Removes code, chrome and embedded content. A <form> goes too, unless it holds most of the page
 * (ASP.NET sites wrap the whole page in one form); its controls are removed either way.
 */
function removeNonContent(document: Document): void {
  for (const element of Array.from(document.querySelectorAll(REMOVED))) element.remove();
  const total = visibleLength(document.body?.textContent ?? '');
  for (const form of Array.from(document.querySelectorAll('form'))) {
    if (visibleLength(form.textContent ?? '') < 0.5 * total) form.remove();
  }
}

function readArticle(document: Document): HtmlText | null {
  try {
    const article = new Readability<Node>(document, {
      charThreshold: 200,
      keepClasses: false,
      serializer: (node) => node,
    }).parse();
    return article?.content ? htmlToText(article.content, { headingLevel }) : null;
  } catch {
    // Readability gives up on unusual trees; the body text is the fallback.
    return null;
  }
}

function headingLevel(element: Element): number {
  const level = Number(element.getAttribute(LEVEL_ATTRIBUTE) ?? element.localName.slice(1));
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 1;
}
