import { Badge, Button, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DetectedFieldInfo, EditableField } from '../../../../shared/domain';
import { confidenceLevel, confidencePercent } from '../../metadata/confidence';

const BADGE_STATUS = { high: 'success', medium: 'warning', low: 'default' } as const;

interface DetectedHintProps {
  field: EditableField;
  info: DetectedFieldInfo;
  /** Puts the detected value back into the field. */
  onUse(value: string | number): void;
}

/** Under a field: what import detected, how sure it was, and the text it went by. */
export function DetectedHint({ field, info, onUse }: DetectedHintProps) {
  const { t } = useTranslation();
  const current: unknown = Form.useWatch(field);
  const { value, confidence, evidence } = info;
  if (value === null) {
    return <span className="detected-hint">{t('reader.editor.notDetected')}</span>;
  }
  const shown = field === 'kind' ? t(`kind.${value}`) : String(value);
  const level = confidenceLevel(confidence);
  const differs = String(current ?? '').trim() !== String(value);
  return (
    <div className="detected-hint" data-testid={`detected-${field}`}>
      <div className="detected-hint-line">
        <span>{t('reader.editor.detected', { value: shown })}</span>
        <Badge
          status={BADGE_STATUS[level]}
          text={t('reader.editor.confidence.label', {
            level: t(`reader.editor.confidence.${level}`),
            percent: confidencePercent(confidence),
          })}
          className="detected-confidence"
        />
        {differs && (
          <Button type="link" size="small" className="detected-use" onClick={() => onUse(value)}>
            {t('reader.editor.useDetected')}
          </Button>
        )}
      </div>
      {evidence && (
        <Typography.Text
          type="secondary"
          className="detected-evidence"
          ellipsis={{ tooltip: { title: evidence, placement: 'bottomLeft' } }}
        >
          {t('reader.editor.evidence', { text: evidence })}
        </Typography.Text>
      )}
    </div>
  );
}
