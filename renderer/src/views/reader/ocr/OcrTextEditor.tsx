import { Button, Input, Space, Tooltip, type GetRef } from 'antd';
import { useEffect, useEffectEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface OcrTextEditorProps {
  value: string;
  onChange(value: string): void;
  /** UTF-16 range to select when the editor opens (the word picked before editing). */
  initialSelection: readonly [number, number] | null;
  saving: boolean;
  dirty: boolean;
  onSave(): void;
  onCancel(): void;
}

/** Ctrl+S (Cmd+S) saves while the editor is open, wherever the focus is. */
function useSaveShortcut(save: () => void): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    const modifier = event.ctrlKey || event.metaKey;
    if (modifier && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 's') {
      event.preventDefault();
      save();
    }
  });
  useEffect(() => {
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** The page's text as plain text to correct; saving re-indexes the document. */
export function OcrTextEditor({
  value,
  onChange,
  initialSelection,
  saving,
  dirty,
  onSave,
  onCancel,
}: OcrTextEditorProps) {
  const { t } = useTranslation();
  const ref = useRef<GetRef<typeof Input.TextArea>>(null);
  useSaveShortcut(() => {
    if (!saving) onSave();
  });

  const openedWith = useRef(initialSelection);
  useEffect(() => {
    const area = ref.current?.resizableTextArea?.textArea;
    if (!area) return;
    area.focus({ preventScroll: true });
    const range = openedWith.current;
    if (range) {
      area.setSelectionRange(range[0], range[1]);
      // Bring the selected word into view: place the caret's line near the top third.
      const line = value.slice(0, range[0]).split('\n').length - 1;
      const lineHeight = parseFloat(getComputedStyle(area).lineHeight) || 28;
      area.scrollTop = Math.max(0, line * lineHeight - area.clientHeight / 3);
    }
    // Only when the editor opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <div className="ocr-editor">
      <Input.TextArea
        ref={ref}
        className="ocr-editor-area"
        data-testid="ocr-edit-text"
        lang="zh-CN"
        value={value}
        aria-label={t('ocr.edit.label')}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && !dirty) onCancel();
        }}
      />
      <Space className="ocr-editor-actions">
        <Button onClick={onCancel} disabled={saving} data-testid="ocr-edit-cancel">
          {t('ocr.edit.cancel')}
        </Button>
        <Tooltip title={t('ocr.edit.saveHint')}>
          <Button
            type="primary"
            loading={saving}
            disabled={!dirty}
            onClick={onSave}
            data-testid="ocr-edit-save"
          >
            {t('ocr.edit.save')}
          </Button>
        </Tooltip>
      </Space>
    </div>
  );
}
