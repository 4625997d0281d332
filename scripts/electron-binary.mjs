// Where the Electron binary is, or why it is missing (its download is often blocked).
import { createRequire } from 'node:module';
import fs from 'node:fs';

const require = createRequire(import.meta.url);

/** @returns {{ path: string } | { missing: string }} */
export function findElectronBinary() {
  try {
    const binary = require('electron');
    if (typeof binary === 'string' && fs.existsSync(binary)) return { path: binary };
    return { missing: `the file ${binary} does not exist` };
  } catch (error) {
    return { missing: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
}

export const ELECTRON_MISSING_HELP = `The Electron desktop binary is not installed (its download is often blocked, e.g. in mainland China).
To install it from a mirror, run:
  ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ node node_modules/electron/install.js
Meanwhile PolicyLens opens in browser mode: the same app, served on 127.0.0.1.`;
