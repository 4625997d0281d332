import { App, type ButtonProps } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { fileName, folderOf } from './filePath';

/** data-testid is passed through to the button element; antd's props type does not list it. */
function testButton(testId: string, extra: ButtonProps = {}): ButtonProps {
  return { ...extra, ...({ 'data-testid': testId } as ButtonProps) };
}

/** Asks before a file is replaced; resolves to true only when the user chose to replace it. */
export function useConfirmReplace(): (file: string) => Promise<boolean> {
  const { modal } = App.useApp();
  const { t } = useTranslation();
  return useCallback(
    (file: string) =>
      new Promise<boolean>((resolve) => {
        modal.confirm({
          title: t('exports.replace.title'),
          content: t('exports.replace.content', { name: fileName(file), folder: folderOf(file) }),
          okText: t('exports.replace.ok'),
          cancelText: t('exports.replace.keep'),
          okButtonProps: testButton('replace-ok', { danger: true }),
          cancelButtonProps: testButton('replace-cancel'),
          // Keeping the existing file is the safe answer, so it is the default one.
          autoFocusButton: 'cancel',
          onOk: () => resolve(true),
          onCancel: () => resolve(false),
        });
      }),
    [modal, t],
  );
}
