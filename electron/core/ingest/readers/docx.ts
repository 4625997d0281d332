import { parseHTML } from 'linkedom';
import mammoth from 'mammoth';
import { AppError } from '../../../../shared/errors';
import { htmlToText } from '../html-text';
import { MAX_DOCX_FILE_BYTES } from '../limits';
import { checkZip } from '../zip-guard';
import type { ExtractedText, FormatReader } from './types';

/**
 * Word documents (.docx). The zip is checked before anything inflates it (`checkZip`: entry
 * count, declared sizes, compression ratio, DTD/entity declarations), then mammoth converts it
 * to HTML with external file access off and images never read, so a document whose image points
 * at `file:///…` (CVE-2025-11849) cannot make us read another file. Word heading styles
 * (Heading 1–6, 标题 1–6) become heading hints; paragraphs are joined with '\n'.
 */
export const docxReader: FormatReader = {
  format: 'docx',
  extensions: ['.docx'],
  maxBytes: MAX_DOCX_FILE_BYTES,
  read: (bytes, file) => readDocx(bytes, file),
};

const CORE_PROPERTIES = 'docProps/core.xml';
const MAIN_PART = 'word/document.xml';

/** Heading styles as Chinese Word and WPS name them; mammoth maps the English names itself. */
const STYLE_MAP = [1, 2, 3, 4, 5, 6].flatMap((level) => [
  `p[style-name='标题 ${level}'] => h${level}:fresh`,
  `p[style-name='标题${level}'] => h${level}:fresh`,
]);

async function readDocx(bytes: Buffer, file: string): Promise<ExtractedText> {
  refuseNonZip(bytes, file);
  const zip = await checkZip(bytes, file, {
    notZipMessage: 'This is not a Word document (not a zip file), or it is damaged.',
    keep: [CORE_PROPERTIES],
  });
  if (!zip.entries.some((entry) => entry.name === MAIN_PART)) {
    throw new AppError(
      'FILE_CORRUPT',
      `This is not a Word document: the zip has no ${MAIN_PART}.`,
      file,
    );
  }

  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      {
        externalFileAccess: false,
        includeEmbeddedStyleMap: false,
        styleMap: STYLE_MAP,
        // Images are never read (not even embedded ones): only text is imported.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
    html = result.value;
  } catch (error) {
    throw new AppError(
      'FILE_CORRUPT',
      `The Word document is damaged and cannot be read (${(error as Error).message}).`,
      file,
    );
  }

  const document = parseHTML(`<!doctype html><html><body>${html}</body></html>`)
    .document as unknown as Document;
  const { text, headings } = htmlToText(document.body);
  const title = coreTitle(zip.kept.get(CORE_PROPERTIES));
  return {
    text,
    encoding: null,
    headings,
    metadata: title ? { title } : {},
  };
}

/**
 * A .docx is a zip. An OLE compound file (D0 CF 11 E0) is either a password-protected .docx
 * (Office wraps encrypted documents in one, with an "EncryptedPackage" stream) or an old .doc.
 */
function refuseNonZip(bytes: Buffer, file: string): void {
  if (bytes.length < 8 || bytes.readUInt32BE(0) !== 0xd0cf11e0) return;
  if (bytes.includes(Buffer.from('EncryptedPackage', 'utf16le'))) {
    throw new AppError(
      'FILE_ENCRYPTED',
      'This Word document is password-protected. Remove the password in Word and import it again.',
      file,
    );
  }
  throw new AppError(
    'UNSUPPORTED_FORMAT',
    'This is an old Word 97–2003 document (.doc) named .docx. Save it as .docx and import it again.',
    file,
  );
}

/** dc:title from docProps/core.xml, when it says something. */
function coreTitle(xml: Buffer | undefined): string | undefined {
  if (!xml) return undefined;
  const match = /<dc:title(?:\s[^>]*)?>([\s\S]*?)<\/dc:title>/.exec(xml.toString('utf8'));
  const title = match ? decodeXmlEntities(match[1]!).replace(/\s+/g, ' ').trim() : '';
  return title.length > 0 ? title : undefined;
}

function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (entity, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#')) {
      const codePoint = lower.startsWith('#x')
        ? parseInt(lower.slice(2), 16)
        : parseInt(lower.slice(1), 10);
      return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
    }
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    return named[lower] ?? entity;
  });
}
