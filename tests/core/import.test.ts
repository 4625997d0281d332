import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import { getDocument, listDocuments } from '../../electron/core/library/documents';
import { importAndWait, openTestCore } from '../helpers/core';
import { makeTempDir, seedFiles, SEEDS_DIR } from '../helpers/paths';

describe('importing plain-text documents', () => {
  const temp = makeTempDir();
  let core: Core;
  beforeAll(() => {
    core = openTestCore(path.join(temp.dir, 'library'));
  });
  afterAll(async () => {
    await core.close();
    temp.remove();
  });

  it('imports the five seeds, keeps each original, cleans the text and finds an outline', async () => {
    const job = await importAndWait(core, [SEEDS_DIR]);
    expect(job.state).toBe('done');
    expect(job.outcomes.map((o) => o.status)).toEqual(Array(5).fill('imported'));

    const docs = listDocuments(core.library.db);
    expect(docs).toHaveLength(5);
    for (const file of seedFiles()) {
      const doc = docs.find((d) => d.fileName === path.basename(file));
      expect(doc, file).toBeDefined();
      const detail = getDocument(core.library.db, doc!.id);
      expect(detail.chars).toBe(Array.from(detail.text).length);
      expect(detail.chars).toBeGreaterThan(1000);
      expect(detail.sections.length).toBeGreaterThan(1);
      for (const section of detail.sections) {
        expect(section.start).toBeLessThan(section.end);
        expect(section.end).toBeLessThanOrEqual(detail.chars);
      }
      expect(detail.town).not.toBeNull();
      expect(detail.year).not.toBeNull();
    }
    const originals = fs.readdirSync(path.join(core.library.dir, 'originals'), { recursive: true });
    expect(originals.filter((name) => String(name).endsWith('.txt'))).toHaveLength(5);
    // The kept originals are the files as they were, byte for byte.
    for (const file of seedFiles()) {
      const kept = originals.map(String).filter((name) => name.endsWith('.txt'));
      const bytes = fs.readFileSync(file);
      expect(
        kept.some((name) =>
          fs.readFileSync(path.join(core.library.dir, 'originals', name)).equals(bytes),
        ),
      ).toBe(true);
    }
  });

  it('reports the same content again as duplicates and adds nothing', async () => {
    const job = await importAndWait(core, [SEEDS_DIR]);
    expect(job.outcomes.map((o) => o.status)).toEqual(Array(5).fill('duplicate'));
    expect(job.outcomes.every((o) => typeof o.duplicateOf === 'number')).toBe(true);
    expect(listDocuments(core.library.db)).toHaveLength(5);
  });

  it('recognises a UTF-16 copy of a seed as the same document', async () => {
    const [seed] = seedFiles();
    const copy = path.join(temp.dir, 'utf16-copy.txt');
    const text = fs.readFileSync(seed!, 'utf8');
    fs.writeFileSync(
      copy,
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]),
    );
    const job = await importAndWait(core, [copy]);
    expect(job.outcomes[0]).toMatchObject({ status: 'duplicate' });
  });

  it('gives every bad file one clear line, goes on with the batch, and writes nothing half', async () => {
    const bad = path.join(temp.dir, 'bad');
    fs.mkdirSync(bad);
    const write = (name: string, data: string | Buffer) => {
      fs.writeFileSync(path.join(bad, name), data);
      return path.join(bad, name);
    };
    const zeroBytes = write('zero.txt', '');
    const blank = write('blank.txt', '  \n\n  ');
    const binary = write(
      'photo.txt',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 0, 0, 0, 0xff, 0xfe, 0]),
    );
    const missing = path.join(bad, 'does-not-exist.txt');
    const unsupported = write('slides.pptx', 'PK');
    const good = write(
      '南朗镇-2021-utf16be.txt',
      Buffer.concat([
        Buffer.from([0xfe, 0xff]),
        iconv.encode('南朗镇2021年工作安排\n推进“工改”。', 'utf-16be'),
      ]),
    );
    const before = listDocuments(core.library.db).length;

    const job = await importAndWait(core, [
      zeroBytes,
      blank,
      binary,
      missing,
      unsupported,
      good,
      good,
    ]);

    expect(job.state).toBe('done');
    const byFile = (file: string) => job.outcomes.filter((o) => o.file === file);
    expect(byFile(zeroBytes)[0]?.error).toMatchObject({ code: 'FILE_EMPTY', file: zeroBytes });
    expect(byFile(blank)[0]?.error).toMatchObject({ code: 'FILE_EMPTY' });
    expect(byFile(binary)[0]?.error).toMatchObject({ code: 'FILE_BINARY' });
    expect(byFile(missing)[0]?.error).toMatchObject({ code: 'FILE_NOT_FOUND' });
    expect(byFile(unsupported)[0]?.error).toMatchObject({ code: 'UNSUPPORTED_FORMAT' });
    expect(byFile(good).map((o) => o.status)).toEqual(['imported', 'duplicate']);
    for (const outcome of job.outcomes.filter((o) => o.status === 'failed')) {
      expect(outcome.error?.message.length).toBeGreaterThan(5);
    }
    expect(job.outcomes).toHaveLength(7);

    const docs = listDocuments(core.library.db);
    expect(docs).toHaveLength(before + 1);
    const imported = getDocument(core.library.db, docs.at(-1)!.id);
    expect(imported.text).toBe('南朗镇2021年工作安排\n推进“工改”。');
    expect(imported.encoding).toBe('utf-16be');
    const orphanSections = core.library.db
      .prepare(
        'SELECT count(*) AS n FROM sections WHERE document_id NOT IN (SELECT id FROM documents)',
      )
      .get() as { n: number };
    expect(orphanSections.n).toBe(0);
  });

  it('keeps the finished job and its per-file outcomes for later', () => {
    const jobs = core.handlers.listJobs({}) as ReturnType<Core['jobs']['list']>;
    expect(jobs.length).toBeGreaterThanOrEqual(4);
    expect(jobs.every((job) => job.state === 'done')).toBe(true);
    expect(jobs.some((job) => job.outcomes.some((o) => o.error?.code === 'FILE_BINARY'))).toBe(
      true,
    );
  });
});

describe('cancelling an import', () => {
  const temp = makeTempDir();
  afterAll(() => temp.remove());

  it('stops before the next file, keeps what finished, leaves nothing half-written', async () => {
    const folder = path.join(temp.dir, 'many');
    fs.mkdirSync(folder);
    const paragraph = fs.readFileSync(seedFiles()[1]!, 'utf8');
    for (let i = 0; i < 400; i++) {
      fs.writeFileSync(
        path.join(folder, `doc-${String(i).padStart(4, '0')}.txt`),
        `${i}\n${paragraph}`,
      );
    }
    const core = openTestCore(path.join(temp.dir, 'library'));
    try {
      const job = core.jobs.startImport([folder]);
      await new Promise<void>((resolve) => {
        const stop = core.onEvent((event) => {
          if (event.type === 'job' && event.job.done >= 5) {
            stop();
            resolve();
          }
        });
      });
      expect(core.jobs.cancel(job.id)).toBe(true);
      const final = await core.jobs.wait(job.id);
      expect(final.state).toBe('cancelled');
      expect(final.total).toBe(400);
      expect(final.outcomes.length).toBeLessThan(400);
      const imported = final.outcomes.filter((o) => o.status === 'imported').length;
      expect(listDocuments(core.library.db)).toHaveLength(imported);
      // Every imported document is whole: it has its outline, and no section is left without one.
      const withoutSections = core.library.db
        .prepare(
          'SELECT count(*) AS n FROM documents WHERE id NOT IN (SELECT document_id FROM sections)',
        )
        .get() as { n: number };
      expect(withoutSections.n).toBe(0);
      const orphans = core.library.db
        .prepare(
          'SELECT count(*) AS n FROM sections WHERE document_id NOT IN (SELECT id FROM documents)',
        )
        .get() as { n: number };
      expect(orphans.n).toBe(0);
    } finally {
      await core.close();
    }
  });
});
