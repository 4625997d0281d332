import fs from 'node:fs';
import path from 'node:path';
import type { BrowserWindow, Rectangle } from 'electron';

/** Remembers the window's size and position between runs (a small JSON in userData). */
export interface WindowState {
  bounds: Partial<Rectangle> & { width: number; height: number };
  maximized: boolean;
}

const DEFAULT_STATE: WindowState = { bounds: { width: 1280, height: 820 }, maximized: false };

export function loadWindowState(userDataDir: string): WindowState {
  try {
    const saved = JSON.parse(fs.readFileSync(stateFile(userDataDir), 'utf8')) as WindowState;
    if (saved.bounds.width >= 400 && saved.bounds.height >= 300) return saved;
  } catch {
    // first run or unreadable: defaults
  }
  return DEFAULT_STATE;
}

export function trackWindowState(window: BrowserWindow, userDataDir: string): void {
  const save = () => {
    const state: WindowState = {
      bounds: window.getNormalBounds(),
      maximized: window.isMaximized(),
    };
    try {
      fs.writeFileSync(stateFile(userDataDir), JSON.stringify(state));
    } catch {
      // losing the window position is not worth interrupting the user
    }
  };
  window.on('close', save);
}

function stateFile(userDataDir: string): string {
  return path.join(userDataDir, 'window-state.json');
}
