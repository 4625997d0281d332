import { createRequire } from 'node:module';
import path from 'node:path';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

type PdfJs = typeof PdfJsModule;

let loading: Promise<PdfJs> | undefined;

/**
 * pdf.js is an ES module; the core is bundled to CommonJS with packages left external, and a
 * dynamic import() of an external package survives bundling, so it loads at run time from
 * node_modules. The legacy build is the one meant for Node. In Node it runs its worker code in
 * the same thread ("fake worker"), which it finds next to pdf.mjs by itself.
 */
export function loadPdfJs(): Promise<PdfJs> {
  loading ??= import('pdfjs-dist/legacy/build/pdf.mjs').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/**
 * A data folder of the installed pdfjs-dist package (with a trailing separator, as pdf.js
 * expects): `cmaps` (Adobe CMaps for CJK fonts without embedded encodings), `standard_fonts`,
 * `wasm` (JPEG 2000 / JBIG2 decoders), `iccs`. Read from disk, never fetched.
 */
export function pdfjsDataDir(name: 'cmaps' | 'standard_fonts' | 'wasm' | 'iccs'): string {
  const packageJson = createRequire(__filename).resolve('pdfjs-dist/package.json');
  return path.join(path.dirname(packageJson), name) + path.sep;
}

/**
 * Starts loading a PDF with the settings every reader of untrusted PDFs here must use: no eval
 * (CVE-2024-4367), no system or web fonts, no XFA, CMaps and fonts from the package, and images
 * above the pixel limit left undecoded. The caller destroys the task when done.
 */
export async function openPdf(bytes: Buffer, maxImagePixels: number) {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    isOffscreenCanvasSupported: false,
    cMapUrl: pdfjsDataDir('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: pdfjsDataDir('standard_fonts'),
    wasmUrl: pdfjsDataDir('wasm'),
    iccUrl: pdfjsDataDir('iccs'),
    maxImageSize: maxImagePixels,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  return { pdfjs, task };
}
