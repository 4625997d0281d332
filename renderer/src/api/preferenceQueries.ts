import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AppPreferences, OpenLibrary, PreferenceChanges } from '../../../shared/domain';
import { call } from './client';

export const preferenceKeys = { preferences: ['preferences'] as const };

/** The person's preferences (language, theme, first run, recent libraries), not the library's. */
export function usePreferences() {
  return useQuery({
    queryKey: preferenceKeys.preferences,
    queryFn: () => call('getPreferences', {}),
    // Only this page changes them (and writes the answer into the cache); no refetching needed.
    staleTime: Infinity,
  });
}

export function useUpdatePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: PreferenceChanges) => call('updatePreferences', changes),
    onMutate: (changes) => {
      // Shown at once (a theme flip should not wait for the disk); the answer replaces it.
      queryClient.setQueryData<AppPreferences>(preferenceKeys.preferences, (current) =>
        current ? { ...current, ...changes } : current,
      );
    },
    onSuccess: (preferences) => queryClient.setQueryData(preferenceKeys.preferences, preferences),
    onError: () => void queryClient.invalidateQueries({ queryKey: preferenceKeys.preferences }),
  });
}

/**
 * Opens or creates another library. Every client reloads on the `library-opened` event; this
 * page also reloads on the answer, in case the event stream was reconnecting just then.
 */
export function useOpenLibrary() {
  return useMutation({
    mutationFn: (target: OpenLibrary) => call('openLibrary', target),
    onSuccess: () => {
      window.location.hash = '';
      window.location.reload();
    },
  });
}
