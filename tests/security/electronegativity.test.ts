import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir, REPO_ROOT } from '../helpers/paths';

const SCRIPT = path.join(REPO_ROOT, 'scripts/electronegativity.mjs');

interface Finding {
  id: string;
  severity: string;
  confidence: string;
  file: string;
  line: number;
  accepted: string | null;
}

interface Report {
  electronVersion: string;
  checks: { atomic: number; global: number };
  counts: Record<string, number>;
  acceptedCounts: Record<string, number>;
  findings: Finding[];
  parseErrors: { file: string; message: string }[];
}

function scan(args: string[] = []) {
  const started = Date.now();
  const result = spawnSync(process.execPath, [SCRIPT, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    // No proxy, no way out: the scan must not need the network (it must not wait on it either).
    env: { ...process.env, HTTP_PROXY: 'http://127.0.0.1:9', HTTPS_PROXY: 'http://127.0.0.1:9' },
  });
  return { ...result, ms: Date.now() - started };
}

describe('Electronegativity over electron/ (the CI gate)', () => {
  const temp = makeTempDir();
  afterAll(() => temp.remove());

  it('finds no open high-severity issue, offline, and lists the rest', () => {
    const human = scan();
    expect(human.stderr).toBe('');
    expect(human.status, human.stdout).toBe(0);
    expect(human.stdout).toMatch(/open: high=0 medium=\d+ low=\d+/);
    // Offline and quick: nothing waited on a network timeout.
    expect(human.ms).toBeLessThan(60_000);

    const json = scan(['--json']);
    expect(json.status).toBe(0);
    const report = JSON.parse(json.stdout) as Report;
    const pkg = JSON.parse(
      fs.readFileSync(path.join(REPO_ROOT, 'node_modules/electron/package.json'), 'utf8'),
    ) as { version: string };
    expect(report.electronVersion).toBe(pkg.version);
    expect(report.checks.atomic).toBeGreaterThan(20);
    // Every source file was parsed (an unparsed file would be an unscanned file).
    expect(report.parseErrors).toEqual([]);
    expect(report.counts.HIGH).toBe(0);
    const open = report.findings.filter((f) => !f.accepted);
    expect(open.filter((f) => f.severity === 'HIGH')).toEqual([]);
    // Each accepted finding is one SECURITY.md justifies.
    const security = fs.readFileSync(path.join(REPO_ROOT, 'SECURITY.md'), 'utf8');
    for (const f of report.findings.filter((x) => x.accepted)) expect(security).toContain(f.id);
    // For the CI log: the medium/low findings that remain.
    console.log(
      open
        .filter((f) => f.severity !== 'HIGH')
        .map((f) => `${f.severity} ${f.id} ${f.file}:${f.line}`)
        .join('\n'),
    );
  });

  it('fails the build on a real high finding, naming the file and line', () => {
    const dir = path.join(temp.dir, 'unsafe');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'window.ts'),
      [
        "import { BrowserWindow } from 'electron';",
        'export function open(): BrowserWindow {',
        '  return new BrowserWindow({',
        '    webPreferences: { contextIsolation: false, nodeIntegration: true },',
        '  });',
        '}',
        '',
      ].join('\n'),
    );
    const result = scan(['--input', dir]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/HIGH\s+\S+\s+CONTEXT_ISOLATION_JS_CHECK/);
    expect(result.stdout).toContain('window.ts:4');
    expect(result.stdout).toMatch(/open: high=[1-9]/);
  });
});
