import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type {
  ExportFormat,
  ExportSource,
  JobKind,
  JobStatus,
  Settings,
} from '../../../shared/domain';
import { ApiError, call } from './client';
import { queryKeys, useJobs } from './queries';

/** Exports, backups and the folders they go to. */
const ROOT = ['exports'] as const;

export const exportKeys = {
  root: ROOT,
  files: [...ROOT, 'files'] as const,
  backups: [...ROOT, 'backups'] as const,
  settings: [...ROOT, 'settings'] as const,
  target: (source: ExportSource, format: ExportFormat) =>
    [...ROOT, 'target', source, format] as const,
};

/** Jobs that write or read one file; their end changes the lists of files and backups. */
export const FILE_JOB_KINDS: readonly JobKind[] = [
  'export',
  'qdpx-export',
  'qdpx-import',
  'backup',
  'restore',
];

export function isFileJob(job: JobStatus): boolean {
  return FILE_JOB_KINDS.includes(job.kind);
}

/** After a file job ends: the Reports view's lists and the default targets may have changed. */
export function invalidateExports(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: ROOT });
}

/** Files the app wrote, newest first. */
export function useExports() {
  return useQuery({ queryKey: exportKeys.files, queryFn: () => call('listExports', {}) });
}

export function useBackups() {
  return useQuery({ queryKey: exportKeys.backups, queryFn: () => call('listBackups', {}) });
}

export function useSettings() {
  return useQuery({ queryKey: exportKeys.settings, queryFn: () => call('getSettings', {}) });
}

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: Partial<Settings>) => call('updateSettings', changes),
    onSuccess: (settings) => {
      queryClient.setQueryData(exportKeys.settings, settings);
      // Default targets live in the exports folder; backups are listed from the backup folder.
      invalidateExports(queryClient);
    },
  });
}

/** Where an export goes by default, and whether a file is there already. */
export function useExportTarget(source: ExportSource, format: ExportFormat) {
  return useQuery({
    queryKey: exportKeys.target(source, format),
    queryFn: () => call('exportTarget', { source, format }),
  });
}

/** One job, as the job events keep it in the cache; undefined until the list has it. */
export function useJob(jobId: string | null): JobStatus | undefined {
  const { data } = useJobs();
  return jobId === null ? undefined : data?.find((job) => job.id === jobId);
}

/** Puts a job that was just started into the list at once; its events follow. */
export function useJobStarted(): () => void {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: queryKeys.jobs });
}

/**
 * Starts a job that writes a file, never replacing one without asking: when the core answers
 * FILE_EXISTS, `confirmReplace` is asked and, if the user agrees, the job is started again with
 * overwrite. Resolves to null when the user kept the existing file.
 */
export async function startReplacing<T>(
  start: (overwrite: boolean) => Promise<T>,
  confirmReplace: (file: string) => Promise<boolean>,
): Promise<T | null> {
  try {
    return await start(false);
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'FILE_EXISTS') throw error;
    if (!(await confirmReplace(error.file ?? ''))) return null;
    return start(true);
  }
}
