import { useEffect, useEffectEvent, useState } from 'react';

/** How a draft reached its owner: a pause in typing, or the user confirming it (Enter). */
export type CommitKind = 'typing' | 'confirm';

export const TYPING_DEBOUNCE_MS = 250;

/**
 * The text of an input that its owner only hears about after a pause in typing (or at once on
 * Enter), so every keystroke stays instant while searches follow at a gentler pace. When the
 * owner's value changes from outside (back/forward, a link), the draft follows it.
 */
export function useDraft(
  value: string,
  onCommit: (value: string, kind: CommitKind) => void,
  delay = TYPING_DEBOUNCE_MS,
): { draft: string; setDraft(value: string): void; confirm(): void } {
  const [draft, setDraft] = useState(value);
  // The value last handed to (or received from) the owner.
  const [synced, setSynced] = useState(value);
  if (value !== synced) {
    setSynced(value);
    setDraft(value);
  }

  const commitTyped = useEffectEvent((text: string) => {
    setSynced(text);
    onCommit(text, 'typing');
  });

  useEffect(() => {
    if (draft === synced) return;
    const timer = window.setTimeout(() => commitTyped(draft), delay);
    return () => window.clearTimeout(timer);
  }, [draft, synced, delay]);

  const confirm = () => {
    setSynced(draft);
    onCommit(draft, 'confirm');
  };
  return { draft, setDraft, confirm };
}
