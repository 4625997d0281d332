/**
 * The child of the crash test (tests/stress/crash.test.ts), bundled to dist/node by the test.
 * Opens the real core on a library and writes until it is killed: one loop imports fresh variants
 * of the seeds (an import job in its worker thread), another annotates documents meanwhile. After each core call has returned (its transaction
 * committed) it appends one "ack" line to the ack file and fsyncs it, so every line in that file
 * names a write the app told its caller was saved.
 *
 * Usage: node crash-child.tmp.cjs <libraryDir> <stagingDir> <ackFile> <seedsDir> <tag>
 */
import fs from 'node:fs';
import path from 'node:path';
import { openCore } from '../../electron/core';

/** One acknowledged write, as a JSON line of the ack file. */
export type Ack =
  | { kind: 'tag'; id: number; name: string }
  | { kind: 'doc'; id: number; file: string }
  | { kind: 'annotation'; id: number; docId: number; comment: string }
  /** Not a write: the core refused one (its error), so it must have left nothing behind. */
  | { kind: 'refused'; what: string; file?: string; comment?: string; error: string };

async function main(): Promise<void> {
  const [libraryDir, stagingDir, ackFile, seedsDir, round] = process.argv.slice(2);
  if (!libraryDir || !stagingDir || !ackFile || !seedsDir || !round) {
    throw new Error('usage: crash-child <libraryDir> <stagingDir> <ackFile> <seedsDir> <round>');
  }
  const seeds = fs
    .readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => fs.readFileSync(path.join(seedsDir, name), 'utf8'));
  fs.mkdirSync(stagingDir, { recursive: true });
  const ackFd = fs.openSync(ackFile, 'a');
  const ack = (entry: Ack) => {
    fs.writeSync(ackFd, `${JSON.stringify(entry)}\n`);
    fs.fsyncSync(ackFd);
  };

  const core = openCore({ libraryDir, parserCount: 1 });
  const db = core.library.db;
  const tagName = `崩溃测试-${round}`;
  const tag = await core.handlers.createTag({ name: tagName });
  ack({ kind: 'tag', id: tag.id, name: tagName });
  process.stdout.write('ready\n');

  // Annotations go on all the time, also while an import job writes from its worker thread.
  const documents = () =>
    db.prepare('SELECT id, char_count AS chars FROM documents').all() as {
      id: number;
      chars: number;
    }[];
  let targets = documents();
  let written = 0;
  const annotate = async (docId: number, chars: number) => {
    const start = Math.floor(Math.random() * Math.max(1, chars - 20));
    const end = Math.min(chars, start + 1 + Math.floor(Math.random() * 19));
    const comment = `r${round}-d${docId}-${written++}-${Math.random().toString(36).slice(2)}`;
    try {
      const made = await core.handlers.createAnnotation({
        docId,
        start,
        end,
        tagIds: written % 2 === 0 ? [tag.id] : [],
        comment,
      });
      ack({ kind: 'annotation', id: made.id, docId, comment });
    } catch (error) {
      const { code, message } = error as { code?: string; message?: string };
      ack({ kind: 'refused', what: 'annotation', comment, error: `${code}: ${message}` });
    }
  };

  const annotating = async () => {
    for (;;) {
      const target = targets[Math.floor(Math.random() * targets.length)];
      if (target) await annotate(target.id, target.chars);
      await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 30));
    }
  };

  const importing = async () => {
    for (let i = 0; ; i++) {
      const seed = seeds[i % seeds.length] as string;
      // A small random change: new content, so each import is a new document, not a duplicate.
      const lines = seed.split('\n');
      const at = 1 + Math.floor(Math.random() * Math.max(1, lines.length - 1));
      lines.splice(at, 0, `（第${round}轮第${i}次修改：${Math.random().toString(36).slice(2)}）`);
      const file = path.join(stagingDir, `r${round}-${i}.txt`);
      fs.writeFileSync(file, lines.join('\n'));

      const job = core.jobs.startImport([file]);
      const status = await core.jobs.wait(job.id);
      const outcome = status.outcomes[0];
      if (status.state === 'done' && outcome?.status === 'imported' && outcome.docId) {
        ack({ kind: 'doc', id: outcome.docId, file });
        process.stdout.write('imported\n');
      } else {
        const error = outcome?.error ?? status.error;
        ack({ kind: 'refused', what: 'import', file, error: `${error?.code}: ${error?.message}` });
      }
      targets = documents();
    }
  };

  await Promise.all([annotating(), importing()]);
}

main().catch((error: unknown) => {
  process.stderr.write(`crash-child: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
