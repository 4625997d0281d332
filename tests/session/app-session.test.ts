import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core';
import { openAppLog, rotate } from '../../electron/core/log/app-log';
import { PreferencesStore } from '../../electron/core/preferences/preferences';
import { AppSession } from '../../electron/core/session/app-session';
import type { AppEvent } from '../../shared/events';
import { importAndWait } from '../helpers/core';
import { makeTempDir, SEEDS_DIR } from '../helpers/paths';

const openAppCore = (libraryDir: string): Core => openCore({ libraryDir, exclusive: true });

describe('one app, several libraries: switching, recent list, preferences', () => {
  const temp = makeTempDir();
  let session: AppSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  function startSession(name: string): { session: AppSession; preferences: PreferencesStore } {
    const preferences = new PreferencesStore(path.join(temp.dir, name, 'preferences.json'));
    const first = openAppCore(path.join(temp.dir, name, 'first'));
    session = new AppSession(first, { preferences, openCore: openAppCore });
    return { session, preferences };
  }

  it('opens a new library in an empty folder, tells every client, and lists both as recent', async () => {
    const { session, preferences } = startSession('switch');
    await preferences.rememberLibrary(session.core.library.dir);
    await importAndWait(session.core, [path.join(SEEDS_DIR, 'nanlang-2021-work-plan.txt')]);
    const events: AppEvent[] = [];
    session.onEvent((event) => events.push(event));

    const second = path.join(temp.dir, 'switch', 'second');
    const info = await session.dispatch('openLibrary', { path: second, create: true });
    expect(info).toMatchObject({ ok: true, result: { path: second, documentCount: 0 } });
    expect(events).toContainEqual({ type: 'library-opened', path: second });
    expect((await session.dispatch('listDocuments', {})).ok && session.core.library.dir).toBe(
      second,
    );

    const recent = (await session.handlers.getPreferences({})).recentLibraries;
    expect(recent.map((library) => library.name)).toEqual(['second', 'first']);
    expect(recent.every((library) => library.exists)).toBe(true);

    // Back to the first: its document is there, and it moves to the top of the list.
    await session.handlers.openLibrary({ path: path.join(temp.dir, 'switch', 'first') });
    expect(await session.handlers.listDocuments({})).toHaveLength(1);
    expect(preferences.read().recentLibraries[0]?.name).toBe('first');
  });

  it('refuses a folder with other files in it, and keeps the open library working', async () => {
    const { session } = startSession('refuse');
    const busy = path.join(temp.dir, 'refuse', 'my-documents');
    fs.mkdirSync(busy, { recursive: true });
    fs.writeFileSync(path.join(busy, 'thesis.docx'), 'not a library');
    expect(await session.dispatch('openLibrary', { path: busy })).toMatchObject({
      ok: false,
      error: { code: 'NOT_A_LIBRARY', file: busy },
    });
    expect(await session.dispatch('openLibrary', { path: busy, create: true })).toMatchObject({
      ok: false,
      error: { code: 'NOT_A_LIBRARY', file: busy },
    });
    const missing = path.join(temp.dir, 'refuse', 'moved-away');
    expect(await session.dispatch('openLibrary', { path: missing })).toMatchObject({
      ok: false,
      error: { code: 'FILE_NOT_FOUND' },
    });
    expect(fs.readdirSync(busy)).toEqual(['thesis.docx']);
    expect((await session.dispatch('libraryInfo', {})).ok).toBe(true);
  });

  it('falls back to the previous library when the new one is in use by another app', async () => {
    const { session } = startSession('locked');
    const other = path.join(temp.dir, 'locked', 'other');
    await openAppCore(other).close(); // a library exists there…
    const holder = openAppCore(other); // …and another window has it open
    try {
      const refused = await session.dispatch('openLibrary', { path: other });
      expect(refused).toMatchObject({ ok: false, error: { code: 'LIBRARY_LOCKED' } });
      expect(session.core.library.dir).toBe(path.join(temp.dir, 'locked', 'first'));
      expect((await session.dispatch('listDocuments', {})).ok).toBe(true);
    } finally {
      await holder.close();
    }
  });

  it('keeps UI language, theme and the first-run flag, and survives a damaged file', async () => {
    const { session, preferences } = startSession('prefs');
    expect(await session.handlers.getPreferences({})).toMatchObject({
      uiLanguage: 'zh-CN',
      theme: 'light',
      welcomeDone: false,
    });
    await session.handlers.updatePreferences({
      uiLanguage: 'en',
      theme: 'dark',
      welcomeDone: true,
    });
    expect(new PreferencesStore(preferences.file).read()).toMatchObject({
      uiLanguage: 'en',
      theme: 'dark',
      welcomeDone: true,
    });
    expect(await session.dispatch('updatePreferences', { theme: 'neon' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST' },
    });
    fs.writeFileSync(preferences.file, '{ half a file');
    expect(preferences.read()).toMatchObject({ uiLanguage: 'zh-CN', recentLibraries: [] });
  });

  it('writes failures to a log that rotates, keeping five old files', () => {
    const appData = path.join(temp.dir, 'logs-app');
    const log = openAppLog(appData);
    log.error('an error a researcher might report');
    const file = path.join(appData, 'logs', 'main.log');
    expect(fs.readFileSync(file, 'utf8')).toContain('an error a researcher might report');
    for (let round = 0; round < 7; round++) {
      fs.writeFileSync(file, `round ${round}\n`);
      rotate(file);
    }
    const kept = fs.readdirSync(path.join(appData, 'logs')).sort();
    expect(kept).toEqual(['main.1.log', 'main.2.log', 'main.3.log', 'main.4.log', 'main.5.log']);
    expect(fs.readFileSync(path.join(appData, 'logs', 'main.1.log'), 'utf8')).toBe('round 6\n');
  });
});
