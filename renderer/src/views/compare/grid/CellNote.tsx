import { Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSetCellNote } from '../../../api/compareQueries';
import { useAutosavedText } from '../../../components/useAutosavedText';
import { useNotifyError } from '../../../components/useNotifyError';
import { AutosaveStatus } from '../../../components/AutosaveStatus';

interface CellNoteProps {
  comparisonId: number;
  rowId: number;
  town: string;
  /** The note as the server holds it. */
  note: string;
}

/**
 * 研究者小结: the researcher's summary of one town on one row, saved after a pause in typing and
 * when the box loses focus. A recomputed comparison never overwrites what is being typed.
 */
export function CellNote({ comparisonId, rowId, town, note }: CellNoteProps) {
  const { t } = useTranslation();
  const save = useSetCellNote();
  const notifyError = useNotifyError();
  const text = useAutosavedText(
    note,
    (value, callbacks) =>
      save.mutate(
        { comparisonId, rowId, town, note: value },
        callbacks && {
          onSuccess: (result) => callbacks.onSuccess(result.note),
          onError: callbacks.onError,
        },
      ),
    (error) => notifyError(error, t('compare.note.failed')),
  );
  const { status } = text;
  return (
    <div className="compare-note">
      <div className="compare-note-head">
        <span>{t('compare.note.title')}</span>
        <AutosaveStatus status={status} keys="compare.note" className="compare-note-status" />
      </div>
      <Input.TextArea
        data-testid="cell-note"
        data-town={town}
        aria-label={t('compare.note.label', { town })}
        placeholder={t('compare.note.placeholder')}
        autoSize={{ minRows: 2, maxRows: 8 }}
        maxLength={20_000}
        value={text.value}
        onFocus={text.onFocus}
        onChange={(event) => text.onChange(event.target.value)}
        onBlur={text.onBlur}
      />
    </div>
  );
}

/** In a comparison not yet saved: where the note would be, and how to get it. */
export function CellNoteHint({ onSave }: { onSave(): void }) {
  const { t } = useTranslation();
  return (
    <div className="compare-note compare-note-hint" data-testid="cell-note-hint">
      <span>{t('compare.note.saveFirst')}</span>
      <button type="button" className="compare-link-button" onClick={onSave}>
        {t('compare.save.action')}
      </button>
    </div>
  );
}
