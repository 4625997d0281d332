import { useSyncExternalStore } from 'react';

/**
 * Finished jobs the user closed in the jobs panel. Kept outside React so the choice survives
 * leaving the Library view, and in sessionStorage so it survives a reload.
 */

const STORAGE_KEY = 'policylens.dismissedJobs';
const listeners = new Set<() => void>();
let dismissed: ReadonlySet<string> = load();

function load(): ReadonlySet<string> {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]');
    return new Set(Array.isArray(parsed) ? parsed.filter((id) => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

export function dismissJob(jobId: string): void {
  dismissed = new Set([...dismissed, jobId]);
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify([...dismissed]));
  } catch {
    // Without storage the choice lasts until reload.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useDismissedJobs(): ReadonlySet<string> {
  return useSyncExternalStore(subscribe, () => dismissed);
}
