import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The dev server injects an inline React Refresh preamble that the strict CSP in index.html
 * would block, so the CSP meta is dropped while serving only. Built output keeps it verbatim.
 */
function dropCspInDev(): Plugin {
  return {
    name: 'policylens-drop-csp-in-dev',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>\s*/i, '');
    },
  };
}

/** `npm run dev` runs the loopback server on this port behind Vite's dev server. */
const devApiPort = Number(process.env.POLICYLENS_DEV_API_PORT ?? 4510);

export default defineConfig({
  root: 'renderer',
  // Relative asset URLs: the page is loaded from the loopback server at / and from app:// in Electron.
  base: './',
  plugins: [react(), dropCspInDev()],
  server: {
    proxy: {
      // Calls, uploads and events live under /api/; changeOrigin so the server's Host check passes.
      '/api': { target: `http://127.0.0.1:${devApiPort}`, changeOrigin: true },
    },
  },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
