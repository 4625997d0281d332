#!/usr/bin/env node
// Renders build/icon.svg into every icon electron-builder needs: build/icon.png (1024 px),
// build/icons/<n>x<n>.png (the Linux icon set), build/icon.ico (Windows) and build/icon.icns
// (macOS). The outputs are committed, so packaging never depends on this script running.
import { Resvg } from '@resvg/resvg-js';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import png2icons from 'png2icons';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = path.join(root, 'build');
const svg = fs.readFileSync(path.join(buildDir, 'icon.svg'));
const SIZES = [16, 32, 48, 64, 128, 256, 512, 1024];

/** Renders the SVG at one size; system fonts are off so every machine gets the same pixels. */
function render(size) {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: size },
    font: { loadSystemFonts: false },
  });
  return resvg.render().asPng();
}

fs.mkdirSync(path.join(buildDir, 'icons'), { recursive: true });
for (const size of SIZES) {
  fs.writeFileSync(path.join(buildDir, 'icons', `${size}x${size}.png`), render(size));
}
const master = render(1024);
fs.writeFileSync(path.join(buildDir, 'icon.png'), master);

// Bicubic scaling for the small ICO/ICNS entries; `false` = no console output.
const ico = png2icons.createICO(master, png2icons.BICUBIC, 0, false, true);
const icns = png2icons.createICNS(master, png2icons.BICUBIC, 0);
if (!ico || !icns) throw new Error('png2icons could not convert build/icon.png');
fs.writeFileSync(path.join(buildDir, 'icon.ico'), ico);
fs.writeFileSync(path.join(buildDir, 'icon.icns'), icns);
console.error(`Icons written to ${path.relative(root, buildDir)}/`);
