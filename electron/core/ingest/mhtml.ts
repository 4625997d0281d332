import { AppError } from '../../../shared/errors';

/** The web page inside an MHTML archive (a browser's "Save as single file"). */
export interface MhtmlPage {
  /** The HTML part's bytes, transfer encoding (quoted-printable, base64) undone. */
  html: Buffer;
  /** The charset its Content-Type header declares, if any. */
  charset: string | null;
  /** Where the page was saved from: Snapshot-Content-Location, else Content-Location. */
  location: string | null;
}

interface MimeEntity {
  headers: Map<string, string>;
  /** The body as a latin1 string (one character per byte). */
  body: string;
}

/**
 * Finds the HTML page in an MHTML archive: the text/html part whose Content-Location is the
 * snapshot's, else the first text/html part. Returns null when the bytes do not start with
 * MIME headers (a plain HTML file saved as .mht). Only the HTML is used: images, style sheets and
 * frames in the archive are ignored.
 */
export function extractMhtmlPage(bytes: Buffer, file: string): MhtmlPage | null {
  const top = parseEntity(bytes.toString('latin1'));
  const topType = top?.headers.get('content-type');
  if (!top || !topType) return null;
  const snapshot =
    top.headers.get('snapshot-content-location') ?? top.headers.get('content-location') ?? null;

  let page: MimeEntity | undefined;
  if (/^\s*multipart\//i.test(topType)) {
    const boundary = parameter(topType, 'boundary');
    if (!boundary) {
      throw new AppError('FILE_CORRUPT', 'This MHTML archive is damaged (no part boundary).', file);
    }
    const parts = splitMultipart(top.body, boundary)
      .map(parseEntity)
      .filter((part): part is MimeEntity => part !== null);
    const html = parts.filter((part) =>
      /^\s*text\/html/i.test(part.headers.get('content-type') ?? ''),
    );
    page = html.find(
      (part) => snapshot !== null && part.headers.get('content-location') === snapshot,
    );
    page ??= html[0];
  } else if (/^\s*text\/html/i.test(topType)) {
    page = top;
  }
  if (!page) {
    throw new AppError('FILE_CORRUPT', 'This MHTML archive contains no web page.', file);
  }
  return {
    html: decodeTransfer(page.body, page.headers.get('content-transfer-encoding')),
    charset: parameter(page.headers.get('content-type') ?? '', 'charset'),
    location: snapshot ?? page.headers.get('content-location') ?? null,
  };
}

/** Splits "headers, blank line, body"; null when the start is not a MIME header block. */
function parseEntity(raw: string): MimeEntity | null {
  const text = raw.replace(/^(\r?\n)+/, '');
  const match = /\r?\n\r?\n/.exec(text);
  const headerBlock = match ? text.slice(0, match.index) : text;
  const body = match ? text.slice(match.index + match[0].length) : '';
  const headers = new Map<string, string>();
  let last: string | null = null;
  for (const line of headerBlock.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && last !== null) {
      headers.set(last, `${headers.get(last) ?? ''} ${line.trim()}`);
      continue;
    }
    const colon = /^([A-Za-z0-9-]+):(.*)$/.exec(line);
    if (!colon) return null;
    last = colon[1]!.toLowerCase();
    headers.set(last, colon[2]!.trim());
  }
  return headers.size > 0 ? { headers, body } : null;
}

function splitMultipart(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const parts: string[] = [];
  const segments = `\n${body}`.split(`\n${delimiter}`);
  // segments[0] is the preamble; a segment starting with "--" is the closing delimiter.
  for (const segment of segments.slice(1)) {
    if (segment.startsWith('--')) break;
    parts.push(segment.replace(/^[ \t]*\r?\n/, '').replace(/\r$/, ''));
  }
  return parts;
}

/** A header parameter (`charset`, `boundary`), quoted or not. */
function parameter(header: string, name: string): string | null {
  const match = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(header);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

function decodeTransfer(body: string, encoding: string | undefined): Buffer {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'base64':
      return Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
    case 'quoted-printable':
      return Buffer.from(
        body
          .replace(/[ \t]+(?=\r?\n)/g, '')
          .replace(/=\r?\n/g, '')
          .replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) =>
            String.fromCharCode(parseInt(hex, 16)),
          ),
        'latin1',
      );
    default:
      return Buffer.from(body, 'latin1');
  }
}
