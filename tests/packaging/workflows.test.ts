import { describe, expect, it } from 'vitest';
import { readYaml } from './builder-config';

/**
 * The GitHub workflows cannot run here; this at least proves they are valid YAML and do what
 * the README promises: CI on Node 20 and 22, installers for three platforms on a v* tag.
 */
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<
    string,
    {
      'runs-on': string;
      strategy?: { matrix: { node?: number[]; include?: { os: string; platform: string }[] } };
      steps: { uses?: string; run?: string; with?: Record<string, unknown> }[];
    }
  >;
}

function commands(workflow: Workflow): string[] {
  return Object.values(workflow.jobs).flatMap((job) =>
    job.steps.map((step) => step.run ?? step.uses ?? ''),
  );
}

describe('GitHub workflows', () => {
  it('CI lints, typechecks, builds and tests on Node 20 and 22', () => {
    const ci = readYaml('.github/workflows/ci.yml') as Workflow;
    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    expect(ci.jobs.test?.strategy?.matrix.node).toEqual([20, 22]);
    const run = commands(ci).join('\n');
    for (const command of [
      'npm ci',
      'npm run lint',
      'npm run typecheck',
      'npm run build',
      'npm test',
    ]) {
      expect(run).toContain(command);
    }
  });

  it('a v* tag builds installers on Linux, Windows and macOS and attaches them to a release', () => {
    const release = readYaml('.github/workflows/release.yml') as Workflow;
    expect(release.on).toEqual({ push: { tags: ['v*'] } });
    const platforms = release.jobs.installers?.strategy?.matrix.include ?? [];
    expect(platforms.map((p) => [p.os, p.platform])).toEqual([
      ['ubuntu-latest', '--linux'],
      ['windows-latest', '--win'],
      ['macos-latest', '--mac'],
    ]);
    const run = commands(release).join('\n');
    expect(run).toContain('npm run dist -- ${{ matrix.platform }}');
    expect(run).toMatch(/softprops\/action-gh-release@v\d/);
  });
});
