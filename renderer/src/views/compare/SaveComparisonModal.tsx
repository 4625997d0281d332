import { Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface SaveComparisonModalProps {
  defaultName: string;
  /** Why saving is asked for now (a pin, a removal, a note need a saved comparison). */
  reason: string | null;
  saving: boolean;
  onSave(name: string): void;
  onCancel(): void;
}

/** 保存比较: names the comparison; pins, removals, rows and notes are kept with it from then on. */
export function SaveComparisonModal({
  defaultName,
  reason,
  saving,
  onSave,
  onCancel,
}: SaveComparisonModalProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(defaultName);
  const valid = name.trim() !== '';
  const submit = () => {
    if (valid) onSave(name.trim());
  };
  return (
    <Modal
      open
      title={t('compare.save.title')}
      okText={t('compare.save.ok')}
      cancelText={t('compare.save.cancel')}
      okButtonProps={{ disabled: !valid, loading: saving }}
      onOk={submit}
      onCancel={onCancel}
      destroyOnHidden
    >
      {reason && (
        <Typography.Paragraph className="compare-save-reason">{reason}</Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary" className="compare-save-intro">
        {t('compare.save.intro')}
      </Typography.Paragraph>
      <Input
        autoFocus
        maxLength={200}
        aria-label={t('compare.save.name')}
        placeholder={t('compare.save.name')}
        data-testid="compare-save-name"
        value={name}
        onChange={(event) => setName(event.target.value)}
        onPressEnter={(event) => {
          if (!event.nativeEvent.isComposing) submit();
        }}
      />
    </Modal>
  );
}
