import { UploadOutlined } from '@ant-design/icons';
import { Button, type ButtonProps } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isDesktop } from '../../api/client';
import { IMPORT_ACCEPT } from './importFormats';
import type { ImportActions } from './useImportActions';

interface ImportFilesButtonProps {
  actions: ImportActions;
  type?: ButtonProps['type'];
}

/** Desktop opens the native dialog (paths); a browser can only offer its own file picker. */
export function ImportFilesButton({ actions, type }: ImportFilesButtonProps) {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const desktop = isDesktop();

  return (
    <>
      <Button
        type={type}
        icon={<UploadOutlined />}
        loading={actions.pending && !actions.samplesPending}
        onClick={() => (desktop ? actions.pickPaths('files') : inputRef.current?.click())}
      >
        {t('library.import.files')}
      </Button>
      {!desktop && (
        <input
          ref={inputRef}
          type="file"
          multiple
          accept={IMPORT_ACCEPT}
          hidden
          data-testid="import-input"
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []);
            // Reset so choosing the same files again still fires a change.
            event.target.value = '';
            if (files.length > 0) actions.importFiles(files);
          }}
        />
      )}
    </>
  );
}
