import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/** A small "edited" label after a value the user corrected by hand. */
export function EditedMark() {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('metadata.edited')}>
      <span className="edited-mark" data-testid="edited-mark">
        {t('metadata.editedShort')}
      </span>
    </Tooltip>
  );
}
