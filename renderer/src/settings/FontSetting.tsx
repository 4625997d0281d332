import { Input } from 'antd';
import { useState } from 'react';

interface FontSettingProps {
  value: string;
  testId: string;
  onSave(font: string): void;
}

/**
 * A font name, saved when the field is left or Enter is pressed (not on every keystroke).
 * Keyed by the saved value, so a saved change starts a fresh draft.
 */
export function FontSetting({ value, testId, onSave }: FontSettingProps) {
  const [draft, setDraft] = useState(value);
  const commit = () => {
    const font = draft.trim();
    if (font === '') setDraft(value);
    else if (font !== value) onSave(font);
  };
  return (
    <Input
      className="setting-font"
      value={draft}
      spellCheck={false}
      maxLength={100}
      data-testid={testId}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onPressEnter={commit}
    />
  );
}
