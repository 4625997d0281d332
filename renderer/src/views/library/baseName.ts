/** The last part of a path from any OS; staged and source paths may be Windows or POSIX. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}
