import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import nodejieba from 'nodejieba';
import { runtimePaths } from '../../electron/core/runtime/paths';

export interface JiebaBaseline {
  /** MB of plain text (UTF-8) per second, one thread, segmentation only. */
  rate: number;
  megabytes: number;
  /** CPU seconds per MB (steadier than the rate on a shared machine). */
  cpuSecondsPerMb: number;
}

/**
 * The import's baseline: nodejieba's search-mode segmentation of the corpus' plain text on one
 * thread with the app's dictionary, nothing else. It runs in a child process, before the import,
 * so it neither competes for the cores nor counts towards the core process' memory.
 */
export function jiebaBaselineChild(benchScript: string, textFile: string): JiebaBaseline {
  const child = spawnSync(process.execPath, [benchScript, '--jieba-baseline', textFile], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`jieba baseline failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop() as string) as JiebaBaseline;
}

/** Every line of a file, read in pieces (the 100,000-document text is over V8's string limit). */
function* lines(file: string): Generator<string> {
  const fd = fs.openSync(file, 'r');
  const buffer = Buffer.alloc(16 * 1024 * 1024);
  const decoder = new TextDecoder();
  let rest = '';
  try {
    for (let read = fs.readSync(fd, buffer); read > 0; read = fs.readSync(fd, buffer)) {
      const parts = (rest + decoder.decode(buffer.subarray(0, read), { stream: true })).split('\n');
      rest = parts.pop() ?? '';
      yield* parts;
    }
  } finally {
    fs.closeSync(fd);
  }
  if (rest) yield rest;
}

/** In the child: segments every document (one per line) and prints the rate as JSON. */
export function runJiebaBaseline(textFile: string): void {
  const userDict = path.join(runtimePaths().dictDir, 'policy-terms.txt');
  nodejieba.load(fs.existsSync(userDict) ? { userDict } : {});
  nodejieba.cutForSearch('预热'); // the dictionary is loaded before the clock starts
  const megabytes = fs.statSync(textFile).size / 1024 / 1024;
  let elapsed = 0;
  let cpuMicros = 0;
  // Reading the file is not segmentation: only the jieba calls are timed.
  for (const document of lines(textFile)) {
    const text = document.replace(/\u2029/g, '\n');
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    nodejieba.cutForSearch(text);
    const cpu = process.cpuUsage(cpuBefore);
    elapsed += performance.now() - started;
    cpuMicros += cpu.user + cpu.system;
  }
  const rate = megabytes / (elapsed / 1000);
  const cpuSecondsPerMb = cpuMicros / 1e6 / megabytes;
  process.stdout.write(`${JSON.stringify({ rate, megabytes, cpuSecondsPerMb } satisfies JiebaBaseline)}\n`);
}
