import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editDocx, makeDocx, seedParagraphs as docxParagraphs } from '../helpers/fixtures/docx';
import { writeZip } from '../helpers/fixtures/zip';
import { makeTempDir, SEEDS_DIR } from '../helpers/paths';
import { extract, extractError, seedParagraphs, writeFixture } from './extract';
import { withExternalImage } from '../helpers/fixtures/hostile';

const temp = makeTempDir('policylens-docx-');
afterAll(() => temp.remove());

const nanlang = fs.readFileSync(path.join(SEEDS_DIR, 'nanlang-2021-work-plan.txt'), 'utf8');
const paragraphs = seedParagraphs(nanlang);
const sections = paragraphs.filter((p) => /^[（(][一二三四五六七八九][）)]/u.test(p));

let seedDocx: Buffer;
beforeAll(async () => {
  seedDocx = await makeDocx(docxParagraphs(nanlang), '南朗镇2021年工作安排');
});

describe('DOCX reader', () => {
  it('reads paragraphs, Heading 2 sections and the core-properties title', async () => {
    const file = writeFixture(temp.dir, 'nanlang.docx', seedDocx);
    const extracted = await extract(file);
    expect(extracted.text).toBe(paragraphs.join('\n'));
    expect(extracted.headings).toEqual(sections.map((text) => ({ text, level: 2 })));
    expect(extracted.metadata).toEqual({ title: '南朗镇2021年工作安排' });
    expect(extracted.encoding).toBeNull();
  });

  it('recognises heading styles named as in Chinese Word and WPS (标题 2)', async () => {
    const docx = await editDocx(seedDocx, (parts) => {
      const styles = parts.get('word/styles.xml')!.toString('utf8');
      parts.set(
        'word/styles.xml',
        Buffer.from(
          styles.replace(
            '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="Heading 2"/>',
            '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="标题 2"/>',
          ),
        ),
      );
      const document = parts.get('word/document.xml')!.toString('utf8');
      parts.set(
        'word/document.xml',
        Buffer.from(document.replaceAll('<w:pStyle w:val="Heading2"/>', '<w:pStyle w:val="2"/>')),
      );
      parts.delete('docProps/core.xml');
    });
    const file = writeFixture(temp.dir, 'wps.docx', docx);
    const extracted = await extract(file);
    expect(extracted.headings).toEqual(sections.map((text) => ({ text, level: 2 })));
    expect(extracted.metadata).toEqual({});
  });

  it('refuses a file that is not a zip', async () => {
    const file = writeFixture(temp.dir, 'not-a-zip.docx', nanlang);
    const error = await extractError(file);
    expect(error).toMatchObject({ code: 'FILE_CORRUPT', file });
    expect(error.message).toMatch(/not a Word document \(not a zip file\)/);
  });

  it('refuses a zip without word/document.xml', async () => {
    const zip = writeZip([{ name: 'hello.txt', data: '你好' }]);
    const file = writeFixture(temp.dir, 'no-document.docx', zip);
    const error = await extractError(file);
    expect(error).toMatchObject({ code: 'FILE_CORRUPT', file });
    expect(error.message).toMatch(/word\/document\.xml/);
  });

  it('refuses more than 10,000 entries before inflating anything', async () => {
    const entries = Array.from({ length: 10_001 }, (_, i) => ({
      name: `word/media/p${i}.xml`,
      data: '',
      store: true,
    }));
    const file = writeFixture(temp.dir, 'many.docx', writeZip(entries));
    const error = await extractError(file);
    expect(error).toMatchObject({ code: 'FILE_UNSAFE', file });
    expect(error.message).toMatch(/10001 parts/);
  });

  it('refuses a central directory declaring over 200 MB in total, without inflating', async () => {
    // 250 parts of 0.9 MB each: none looks like a bomb on its own, together they are 225 MB.
    const zip = writeZip(
      Array.from({ length: 250 }, (_, i) => ({
        name: i === 0 ? 'word/document.xml' : `word/part${i}.xml`,
        data: '<w:document/>',
        declaredSize: 900 * 1024,
      })),
    );
    const file = writeFixture(temp.dir, 'huge.docx', zip);
    const error = await extractError(file);
    expect(error).toMatchObject({ code: 'FILE_TOO_LARGE', file });
  });

  it('refuses a zip bomb (an entry inflating over 100 times its size)', async () => {
    const zip = writeZip([
      { name: 'word/document.xml', data: Buffer.alloc(20 * 1024 * 1024, 0x20) },
    ]);
    expect(zip.length).toBeLessThan(200 * 1024);
    const file = writeFixture(temp.dir, 'bomb.docx', zip);
    const error = await extractError(file);
    expect(error).toMatchObject({ code: 'FILE_UNSAFE', file });
    expect(error.message).toMatch(/zip bomb/);
  });

  it('refuses a part whose real size exceeds what the directory declares', async () => {
    const docx = writeZip([
      { name: 'word/document.xml', data: 'x'.repeat(5000), declaredSize: 100 },
    ]);
    const file = writeFixture(temp.dir, 'liar.docx', docx);
    expect(await extractError(file)).toMatchObject({ code: 'FILE_CORRUPT', file });
  });

  it('refuses a document declaring a DTD with an external entity (XXE)', async () => {
    const docx = await editDocx(seedDocx, (parts) => {
      const document = parts.get('word/document.xml')!.toString('utf8');
      parts.set(
        'word/document.xml',
        Buffer.from(
          document.replace(
            '<w:document ',
            '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document ',
          ),
        ),
      );
    });
    const file = writeFixture(temp.dir, 'xxe.docx', docx);
    const error = await extractError(file);
    expect(error).toMatchObject({ code: 'FILE_UNSAFE', file });
    expect(error.message).toMatch(/DOCTYPE/);
  });

  it('refuses a password-protected document (an encrypted OLE container)', async () => {
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
      Buffer.from('EncryptionInfo\0EncryptedPackage\0', 'utf16le'),
    ]);
    const file = writeFixture(temp.dir, 'encrypted.docx', ole);
    expect(await extractError(file)).toMatchObject({ code: 'FILE_ENCRYPTED', file });
  });

  describe('an image linked to a local file (r:link, CVE-2025-11849)', () => {
    it('is a real attack: mammoth with external access on would read the file', async () => {
      const canary = writeFixture(temp.dir, 'canary-control.png', 'CANARY-CONTROL-7f3a');
      const docx = await withExternalImage(seedDocx, `file://${canary}`);
      const unsafe = await mammoth.convertToHtml({ buffer: docx }, { externalFileAccess: true });
      expect(unsafe.value).toContain(Buffer.from('CANARY-CONTROL-7f3a').toString('base64'));
    });

    it('imports the text without ever opening the linked file', async () => {
      // A FIFO: opening it to read would block, and a waiting reader is visible to a writer.
      const canary = path.join(temp.dir, 'canary.png');
      execFileSync('mkfifo', [canary]);
      const docx = await withExternalImage(seedDocx, `file://${canary}`);
      const file = writeFixture(temp.dir, 'external-image.docx', docx);

      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<'blocked'>((resolve) => {
        timer = setTimeout(resolve, 10_000, 'blocked');
      });
      const extracted = await Promise.race([extract(file), timeout]).finally(() =>
        clearTimeout(timer),
      );
      if (extracted === 'blocked') {
        // Something is blocked reading the FIFO: release it, then fail.
        fs.closeSync(fs.openSync(canary, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK));
        throw new Error('the reader opened the linked file');
      }
      expect(extracted.text).toBe(paragraphs.join('\n'));
      let opened = false;
      try {
        // Succeeds only if someone has the FIFO open for reading.
        const fd = fs.openSync(canary, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK);
        opened = true;
        fs.closeSync(fd);
      } catch (error) {
        expect((error as NodeJS.ErrnoException).code).toBe('ENXIO');
      }
      expect(opened).toBe(false);
    });
  });
});
