import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';

/**
 * Reads electron-builder.yml and the workflows the way the tools do (YAML), and answers "which
 * files would this pattern pick up" without electron-builder itself.
 */
export const repoRoot = path.resolve(__dirname, '../..');

export interface ExtraResource {
  from: string;
  to: string;
  filter?: string[];
}

export interface BuilderConfig {
  appId: string;
  productName: string;
  artifactName: string;
  directories: { output: string; buildResources: string };
  files: string[];
  asarUnpack: string[];
  extraResources: ExtraResource[];
  fileAssociations: {
    ext: string;
    name: string;
    mimeType: string;
    role: string;
    icon?: string;
  }[];
  npmRebuild: boolean;
  linux: {
    target: string[];
    executableName: string;
    icon: string;
    desktop?: { entry?: Record<string, string> };
  };
  win: { target: { target: string; arch: string[] }[]; icon: string };
  mac: { target: { target: string; arch: string[] }[]; icon: string };
}

export function readYaml(relativePath: string): unknown {
  return yaml.load(fs.readFileSync(path.join(repoRoot, relativePath), 'utf8'));
}

export function readBuilderConfig(): BuilderConfig {
  return readYaml('electron-builder.yml') as BuilderConfig;
}

/** Files (relative to the repo, `/`-separated) that a glob such as `dist/node/**` selects. */
export function filesMatching(pattern: string, filter: readonly string[] = ['**/*']): string[] {
  const staticPart = pattern.split('/').findIndex((part) => /[*?[{]/.test(part));
  const parts = pattern.split('/');
  const base = staticPart === -1 ? pattern : parts.slice(0, staticPart).join('/');
  const absoluteBase = path.join(repoRoot, base);
  if (!fs.existsSync(absoluteBase)) return [];
  if (fs.statSync(absoluteBase).isFile()) return [base];
  // A plain folder (extraResources `from`) means everything inside it.
  const glob = staticPart === -1 ? `${pattern}/**` : pattern;
  return fs
    .readdirSync(absoluteBase, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(repoRoot, path.join(entry.parentPath, entry.name)))
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => matches(file, glob) || matches(file, `${glob}/**`))
    .filter((file) => filter.some((f) => matches(path.posix.relative(base, file), f)));
}

/** electron-builder filters like `*.txt` apply to the base name at any depth. */
function matches(file: string, glob: string): boolean {
  return (
    path.matchesGlob(file, glob) ||
    (!glob.includes('/') && path.matchesGlob(path.basename(file), glob))
  );
}
