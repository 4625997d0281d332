import type { HeadingHint } from './readers/types';

/**
 * Turns a parsed HTML tree (linkedom, or mammoth's output parsed by linkedom) into text with one
 * paragraph per line, collecting h1–h6 as heading hints. Nothing here runs or loads anything:
 * it only reads node names, attributes and text.
 */

/** Elements whose content is never text of the document (code, chrome, embedded things). */
export const NON_CONTENT_TAGS = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'nav',
  'svg',
  'math',
  'canvas',
  'audio',
  'video',
  'source',
  'track',
  'map',
  'button',
  'select',
  'option',
  'optgroup',
  'datalist',
  'input',
  'textarea',
  'head',
  'title',
  'meta',
  'link',
  'base',
] as const;

/** Document-level tags that carry metadata (read before the content is cleaned). */
export const HEAD_TAGS: readonly string[] = ['head', 'title', 'meta', 'link', 'base'];

const SKIP = new Set<string>(NON_CONTENT_TAGS);

/** Elements that start and end a line of text. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2018-\\u201d';
/** A line break in the source between two CJK characters is not a space in Chinese text. */
const CJK_SOFT_BREAK = new RegExp(`([${CJK}])[ \\t]*[\\r\\n][\\s]*(?=[${CJK}])`, 'gu');

export interface HtmlText {
  text: string;
  headings: HeadingHint[];
}

export interface HtmlTextOptions {
  /**
   * The heading level of an h1–h6 element; default: the number in its tag name. The HTML reader
   * records the original level in an attribute because Readability renames h1 to h2.
   */
  headingLevel?: (element: Element) => number;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Text of a subtree: one line per block element, white space collapsed as a browser does. */
export function htmlToText(root: Node, options: HtmlTextOptions = {}): HtmlText {
  const lines: string[] = [];
  const headings: HeadingHint[] = [];
  let current = '';
  const endLine = () => {
    const line = current.replace(/[ \t\u00a0]+/g, ' ').trim();
    if (line.length > 0) lines.push(line);
    current = '';
  };

  const walk = (node: Node): void => {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      current += collapse(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.localName.toLowerCase();
    if (SKIP.has(tag) || isHidden(element)) return;
    if (tag === 'br') {
      endLine();
      return;
    }
    if (tag === 'pre') {
      endLine();
      for (const line of (element.textContent ?? '').split(/\r?\n/)) {
        current = line;
        endLine();
      }
      return;
    }
    const block = BLOCK.has(tag);
    if (block) endLine();
    if (/^h[1-6]$/.test(tag)) {
      const text = collapse(element.textContent ?? '')
        .replace(/\s+/g, ' ')
        .trim();
      if (text.length > 0) {
        const level = options.headingLevel?.(element) ?? Number(tag.slice(1));
        headings.push({ text, level });
      }
    }
    if ((tag === 'td' || tag === 'th') && current.trim().length > 0) current += ' ';
    for (const child of Array.from(element.childNodes)) walk(child);
    if (tag === 'td' || tag === 'th') {
      current += ' ';
      return;
    }
    if (block) endLine();
  };

  walk(root);
  endLine();
  return { text: lines.join('\n'), headings };
}

/** Collapses white space inside one text node the way a browser renders it. */
function collapse(text: string): string {
  return text.replace(CJK_SOFT_BREAK, '$1').replace(/[\t\n\r\f ]+/g, ' ');
}

/** `hidden`, `aria-hidden="true"` or an inline style that hides the element. */
function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Visible (non-space) characters, for comparing how much text two extractions found. */
export function visibleLength(text: string): number {
  return text.replace(/\s+/gu, '').length;
}
