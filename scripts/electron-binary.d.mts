export function findElectronBinary(): { path: string } | { missing: string };
export const ELECTRON_MISSING_HELP: string;
