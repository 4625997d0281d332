import { App } from 'antd';
import { useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface LeaveGuard {
  /** Runs `action` at once, or after the researcher agrees to drop unsaved edits. */
  guard(action: () => void): void;
  setDirty(dirty: boolean): void;
}

/** Asks before leaving a page (or the proofreading view) with an unsaved correction. */
export function useLeaveGuard(): LeaveGuard {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const dirty = useRef(false);
  const guard = useCallback(
    (action: () => void) => {
      if (!dirty.current) return action();
      modal.confirm({
        title: t('ocr.edit.discardTitle'),
        content: t('ocr.edit.discardDetail'),
        okText: t('ocr.edit.discardOk'),
        cancelText: t('ocr.edit.keepEditing'),
        okButtonProps: { danger: true },
        onOk: () => {
          dirty.current = false;
          action();
        },
      });
    },
    [modal, t],
  );
  const setDirty = useCallback((value: boolean) => {
    dirty.current = value;
  }, []);
  return useMemo(() => ({ guard, setDirty }), [guard, setDirty]);
}
