import { useEffect, useEffectEvent, useRef, useState } from 'react';

const SAVE_DELAY_MS = 800;

export type AutosaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

export interface SaveCallbacks {
  onSuccess(saved: string): void;
  onError(error: unknown): void;
}

/**
 * A text the server keeps, edited with no save button: saved after a pause in typing, when the
 * box loses focus, and when the view goes away mid-pause. While the user types, a newer server
 * value (a recompute, an undo) never overwrites the draft; otherwise the box follows the server.
 */
export function useAutosavedText(
  server: string | undefined,
  save: (text: string, callbacks?: SaveCallbacks) => void,
  onFailed: (error: unknown) => void,
) {
  const [draft, setDraft] = useState<string | null>(null);
  // What the server holds, as last heard; a draft equal to it has nothing left to save.
  const [saved, setSaved] = useState<string | undefined>(server);
  const [status, setStatus] = useState<AutosaveStatus>('idle');
  const focused = useRef(false);

  if (server !== undefined && server !== saved && (draft === null || draft === saved)) {
    setSaved(server);
    setDraft(null);
  }

  const commit = () => {
    if (draft === null || draft === saved) return;
    setStatus('saving');
    save(draft, {
      onSuccess: (result) => {
        setSaved(result);
        setStatus('saved');
        if (!focused.current) setDraft(null);
      },
      onError: (error) => {
        setStatus('failed');
        onFailed(error);
      },
    });
  };
  const commitAfterPause = useEffectEvent(commit);

  useEffect(() => {
    if (draft === null || draft === saved) return;
    const timer = window.setTimeout(() => commitAfterPause(), SAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [draft, saved]);

  // Leaving within the typing pause still saves what was typed.
  const unsaved = useRef<string | null>(null);
  useEffect(() => {
    unsaved.current = draft !== null && draft !== saved ? draft : null;
  }, [draft, saved]);
  const saveOnLeave = useEffectEvent((text: string) => save(text));
  useEffect(
    () => () => {
      if (unsaved.current !== null) saveOnLeave(unsaved.current);
    },
    [],
  );

  return {
    value: draft ?? server ?? '',
    status,
    onFocus: () => {
      focused.current = true;
    },
    onChange: (text: string) => {
      setDraft(text);
      setStatus('idle');
    },
    onBlur: () => {
      focused.current = false;
      commit();
    },
  };
}
