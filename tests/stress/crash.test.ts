import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLibrary } from '../../electron/core/db/consistency';
import { openDatabase, type Db } from '../../electron/core/db/connection';
import { DATABASE_FILE, ORIGINALS_DIR } from '../../electron/core/library/library';
import { importAndWait, openTestCore } from '../helpers/core';
import { makeTempDir, REPO_ROOT, SEEDS_DIR, seedFiles } from '../helpers/paths';
import type { Ack } from './crash-child';

const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 20);
const CHILD_BUNDLE = path.join(REPO_ROOT, 'dist/node/crash-child.tmp.cjs');
const KILL_MIN_MS = 300;
const KILL_MAX_MS = 2500;

/**
 * Issue "Reliability and security", durability: a child process writes through the real core
 * (imports and annotations) and is SIGKILLed at a random moment, again and again. After each kill
 * the library must be intact, hold every write the child was told had been saved, hold no
 * half-imported document, and take the next import and annotation.
 */
describe('SIGKILL in the middle of imports and annotations', () => {
  const temp = makeTempDir('policylens-crash-');
  const libraryDir = path.join(temp.dir, 'library');
  const stagingDir = path.join(temp.dir, 'staging');

  beforeAll(async () => {
    await build({
      absWorkingDir: REPO_ROOT,
      entryPoints: ['tests/stress/crash-child.ts'],
      outfile: CHILD_BUNDLE,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      packages: 'external',
      logLevel: 'warning',
      logOverride: { 'empty-import-meta': 'silent' },
    });
  });

  afterAll(() => {
    fs.rmSync(CHILD_BUNDLE, { force: true });
    temp.remove();
  });

  it(`keeps every acknowledged write over ${ROUNDS} kills`, { timeout: 400_000 }, async () => {
    const acked: Ack[] = [];
    const refused: Extract<Ack, { kind: 'refused' }>[] = [];
    let lost = 0;
    let unackedLeftovers = 0;
    // Documents to annotate from the first moment of round 1.
    const first = openTestCore(libraryDir);
    try {
      expect((await importAndWait(first, [SEEDS_DIR])).state).toBe('done');
    } finally {
      await first.close();
    }
    for (let round = 1; round <= ROUNDS; round++) {
      const ackFile = path.join(temp.dir, `ack-${round}.jsonl`);
      const killAfter = KILL_MIN_MS + Math.floor(Math.random() * (KILL_MAX_MS - KILL_MIN_MS));
      // Every fifth round counts from the start, so some kills land while the core opens; every
      // fourth from the first finished import, so kills also land after imports on a slow machine.
      const args = [libraryDir, stagingDir, ackFile, SEEDS_DIR, String(round)];
      await runAndKill(
        args,
        killAfter,
        round % 5 === 0 ? 'spawn' : round % 4 === 0 ? 'import' : 'ready',
      );
      for (const line of readAcks(ackFile)) {
        if (line.kind === 'refused') refused.push(line);
        else acked.push(line);
      }

      const db = openDatabase(path.join(libraryDir, DATABASE_FILE));
      try {
        expect(db.pragma('integrity_check', { simple: true }), `round ${round}`).toBe('ok');
        expect(checkLibrary(db), `round ${round}`).toEqual([]);
        expect(leftoversOfRefused(db, refused), `round ${round}: refused writes`).toEqual([]);
        const missing = missingAcks(db, acked);
        lost += missing.length;
        expect(missing, `round ${round}: acknowledged writes lost`).toEqual([]);
        expect(halfImported(db, libraryDir), `round ${round}: half-imported documents`).toEqual([]);
      } finally {
        db.close();
      }
      unackedLeftovers = countLeftoverOriginals(libraryDir);

      // The library works on: the next import and annotation are written.
      const core = openTestCore(libraryDir);
      try {
        const seed = seedFiles()[round % seedFiles().length] as string;
        const file = path.join(stagingDir, `parent-${round}.txt`);
        const lines = fs.readFileSync(seed, 'utf8').split('\n');
        lines.splice(Math.floor(lines.length / 2), 0, `复查第${round}轮：${Math.random()}`);
        fs.writeFileSync(file, lines.join('\n'));
        const status = await importAndWait(core, [file]);
        expect(status.state).toBe('done');
        const outcome = status.outcomes[0];
        expect(outcome?.status, JSON.stringify(outcome)).toBe('imported');
        const made = await core.handlers.createAnnotation({
          docId: outcome?.docId as number,
          start: 0,
          end: 4,
          tagIds: [],
          comment: `parent ${round}`,
        });
        expect(made.id).toBeGreaterThan(0);
      } finally {
        await core.close();
      }
    }

    const docs = acked.filter((a) => a.kind === 'doc').length;
    const annotations = acked.filter((a) => a.kind === 'annotation').length;
    const reasons = new Map<string, number>();
    for (const r of refused) {
      const key = `${r.what} ${r.error}`;
      reasons.set(key, (reasons.get(key) ?? 0) + 1);
    }
    console.log(
      `crash test: ${refused.length} writes refused by the core (not killed: an error reply)` +
        [...reasons].map(([reason, n]) => `\n  ${n} × ${reason}`).join(''),
    );
    console.log(
      `crash test: originals kept without a document (crash between file and commit): ${unackedLeftovers}`,
    );
    console.log(
      `crash test: ${ROUNDS} rounds, ${acked.length} acknowledged writes ` +
        `(${docs} imports, ${annotations} annotations, ${acked.length - docs - annotations} tags), ${lost} lost`,
    );
    expect(docs).toBeGreaterThan(0);
    expect(annotations).toBeGreaterThan(0);
    expect(lost).toBe(0);
  });
});

/** When the kill timer starts: at spawn, once the library is open, or after the first import. */
type KillFrom = 'spawn' | 'ready' | 'import';
/** An import that has not finished by then is not waited for any longer. */
const IMPORT_WAIT_LIMIT_MS = 30_000;

/**
 * Starts the child and SIGKILLs it `killAfter` ms after the moment `from` names; fails if it
 * died on its own.
 */
async function runAndKill(args: string[], killAfter: number, from: KillFrom): Promise<void> {
  const child = spawn(process.execPath, [CHILD_BUNDLE, ...args], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  let timer: NodeJS.Timeout | undefined;
  const arm = () => (timer ??= setTimeout(() => child.kill('SIGKILL'), killAfter));
  if (from === 'spawn') arm();
  const fallback =
    from === 'import' ? setTimeout(() => child.kill('SIGKILL'), IMPORT_WAIT_LIMIT_MS) : undefined;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    if (from === 'ready' && chunk.includes('ready')) arm();
    if (from === 'import' && chunk.includes('imported')) arm();
  });
  const { code, signal } = await exited;
  clearTimeout(timer);
  clearTimeout(fallback);
  if (signal !== 'SIGKILL') {
    throw new Error(`the child exited by itself (code ${code}, signal ${signal}):\n${stderr}`);
  }
}

/** Whole lines only: a line cut by the kill was never acknowledged. */
function readAcks(file: string): Ack[] {
  if (!fs.existsSync(file)) return [];
  const text = fs.readFileSync(file, 'utf8');
  const complete = text.slice(0, text.lastIndexOf('\n') + 1);
  return complete
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Ack);
}

function missingAcks(db: Db, acked: readonly Ack[]): string[] {
  const tag = db.prepare('SELECT name FROM tags WHERE id = ?');
  const doc = db.prepare(
    `SELECT d.id,
       (SELECT count(*) FROM sections s WHERE s.document_id = d.id) AS sections,
       (SELECT count(*) FROM chunks c WHERE c.document_id = d.id) AS chunks
     FROM documents d WHERE d.id = ?`,
  );
  const annotation = db.prepare(
    'SELECT document_id AS docId, comment FROM annotations WHERE id = ? AND deleted_at IS NULL',
  );
  const missing: string[] = [];
  for (const a of acked) {
    switch (a.kind) {
      case 'tag': {
        const row = tag.get(a.id) as { name: string } | undefined;
        if (row?.name !== a.name) missing.push(`tag ${a.id} (${a.name})`);
        break;
      }
      case 'doc': {
        const row = doc.get(a.id) as { sections: number; chunks: number } | undefined;
        if (!row || row.sections === 0 || row.chunks === 0) missing.push(`document ${a.id}`);
        break;
      }
      case 'annotation': {
        const row = annotation.get(a.id) as { docId: number; comment: string } | undefined;
        if (row?.docId !== a.docId || row.comment !== a.comment) {
          missing.push(`annotation ${a.id} (${a.comment})`);
        }
        break;
      }
    }
  }
  return missing;
}

/** A refused write must have left nothing: no document of that file, no such annotation. */
function leftoversOfRefused(db: Db, refused: readonly Ack[]): string[] {
  const doc = db.prepare('SELECT id FROM documents WHERE source_path = ?');
  const annotation = db.prepare('SELECT id FROM annotations WHERE comment = ?');
  const found: string[] = [];
  for (const r of refused) {
    if (r.kind !== 'refused') continue;
    if (r.file && doc.get(r.file)) found.push(`document of ${r.file}`);
    if (r.comment && annotation.get(r.comment)) found.push(`annotation ${r.comment}`);
  }
  return found;
}

/**
 * Documents missing a part an import always writes: sections, passages with their search index
 * rows (orphans either way are checkLibrary's), word counts, or the kept original file.
 */
function halfImported(db: Db, libraryDir: string): string[] {
  const rows = db
    .prepare(
      `SELECT d.id, d.original_path AS original,
         (SELECT count(*) FROM sections s WHERE s.document_id = d.id) AS sections,
         (SELECT count(*) FROM chunks c WHERE c.document_id = d.id) AS chunks,
         (SELECT count(*) FROM chunks c JOIN chunk_fts_docsize f ON f.id = c.id
            WHERE c.document_id = d.id) AS indexed
       FROM documents d`,
    )
    .all() as { id: number; original: string; sections: number; chunks: number; indexed: number }[];
  return rows
    .filter(
      (r) =>
        r.sections === 0 ||
        r.chunks === 0 ||
        r.indexed !== r.chunks ||
        !fs.existsSync(path.join(libraryDir, r.original)),
    )
    .map((r) => `document ${r.id}: ${JSON.stringify(r)}`);
}

/** Originals (or .partial files) on disk that no document points at. */
function countLeftoverOriginals(libraryDir: string): number {
  const db = openDatabase(path.join(libraryDir, DATABASE_FILE));
  try {
    const referenced = new Set(
      (db.prepare('SELECT original_path AS p FROM documents').all() as { p: string }[]).map((r) =>
        path.normalize(r.p),
      ),
    );
    const dir = path.join(libraryDir, ORIGINALS_DIR);
    let count = 0;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile()) continue;
      const relative = path.relative(libraryDir, path.join(entry.parentPath, entry.name));
      if (!referenced.has(path.normalize(relative))) count++;
    }
    return count;
  } finally {
    db.close();
  }
}
