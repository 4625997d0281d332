import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import { METHOD_NAMES, api } from '../../shared/api';
import { dispatch } from '../../shared/dispatch';
import { openTestCore } from '../helpers/core';
import { makeTempDir } from '../helpers/paths';

const INVALID_ARGUMENTS: unknown[] = [
  null,
  42,
  'text',
  [],
  { id: -1 },
  { id: 1.5 },
  { id: '1' },
  { paths: [] },
  { paths: [''] },
  { paths: 'seeds' },
  { jobId: 7 },
  { unexpected: true },
  { __proto__: { polluted: true } },
];

describe('the API contract at the boundary', () => {
  const temp = makeTempDir();
  let core: Core;
  beforeAll(() => {
    core = openTestCore(path.join(temp.dir, 'library'));
  });
  afterAll(async () => {
    await core.close();
    temp.remove();
  });

  it('answers every method with a typed envelope for every invalid argument, never a crash', async () => {
    for (const method of METHOD_NAMES) {
      for (const input of INVALID_ARGUMENTS) {
        const accepted = api[method].input.safeParse(input ?? {}).success;
        if (accepted) continue;
        const envelope = await dispatch(core.handlers, method, input);
        expect(envelope, `${method}(${JSON.stringify(input)})`).toMatchObject({
          ok: false,
          error: { code: 'BAD_REQUEST', message: expect.stringContaining(method) },
        });
      }
    }
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('refuses unknown methods and names them', async () => {
    expect(await dispatch(core.handlers, 'constructor', {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('results of valid calls match the contract’s result schemas', async () => {
    for (const method of ['libraryInfo', 'listDocuments', 'listJobs'] as const) {
      const envelope = await dispatch(core.handlers, method, {});
      expect(envelope.ok).toBe(true);
      if (envelope.ok) expect(api[method].output.safeParse(envelope.result).success).toBe(true);
    }
  });
});
