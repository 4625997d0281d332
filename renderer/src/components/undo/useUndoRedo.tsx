import { useQueryClient } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { codingKeys, invalidateCoding } from '../../api/codingQueries';
import { useNotifyError } from '../useNotifyError';

export type UndoDirection = 'undo' | 'redo';

const UNDO_TOAST_KEY = 'policylens-undo';
/** Long enough to read the message and reach the button; an undo is still one shortcut away. */
const ACTION_TOAST_SECONDS = 8;

/**
 * Undo and redo of the core's last committed change. The state is asked for first, so there is an
 * honest "nothing to undo" and the toast names the step ("已撤销：添加批注").
 */
export function useUndoRedo(): (direction: UndoDirection) => Promise<void> {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  return useCallback(
    async (direction: UndoDirection) => {
      try {
        const before = await queryClient.fetchQuery({
          queryKey: codingKeys.undoState,
          queryFn: () => call('undoState', {}),
          staleTime: 0,
        });
        const possible = direction === 'undo' ? before.canUndo : before.canRedo;
        if (!possible) {
          void message.info({ key: UNDO_TOAST_KEY, content: t(`undo.nothing.${direction}`) });
          return;
        }
        const after = await call(direction, {});
        queryClient.setQueryData(codingKeys.undoState, after);
        await invalidateCoding(queryClient);
        const label =
          (direction === 'undo' ? before.undoLabel : before.redoLabel) ??
          (direction === 'undo' ? after.redoLabel : after.undoLabel) ??
          '';
        void message.success({
          key: UNDO_TOAST_KEY,
          content: label ? t(`undo.done.${direction}`, { label }) : t(`undo.doneBare.${direction}`),
        });
      } catch (error) {
        notifyError(error, t(`undo.failed.${direction}`));
      }
    },
    [queryClient, message, t, notifyError],
  );
}

/** A success toast with an 撤销 button, for changes that reach far (delete, merge, auto-code). */
export function useUndoableToast(): (text: string) => void {
  const { message } = App.useApp();
  const { t } = useTranslation();
  const undo = useUndoRedo();
  return useCallback(
    (text: string) => {
      const key = `undoable-${Date.now()}`;
      void message.success({
        key,
        duration: ACTION_TOAST_SECONDS,
        content: (
          <span className="undo-toast">
            {text}
            <Button
              type="link"
              size="small"
              className="undo-toast-button"
              data-testid="toast-undo"
              onClick={() => {
                message.destroy(key);
                void undo('undo');
              }}
            >
              {t('undo.action')}
            </Button>
          </span>
        ),
      });
    },
    [message, t, undo],
  );
}
