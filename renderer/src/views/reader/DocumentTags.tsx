import { CalendarOutlined, EnvironmentOutlined, FileTextOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary, EditableField } from '../../../../shared/domain';
import { EditedMark } from '../../metadata/EditedMark';
import { isCountyLevel, placeName, REGION_SEPARATOR, regionParts } from '../../metadata/place';

interface MetaTagProps {
  icon?: ReactNode;
  edited: boolean;
  missing?: boolean;
  testId: string;
  children: ReactNode;
}

function MetaTag({ icon, edited, missing = false, testId, children }: MetaTagProps) {
  return (
    <Tag
      icon={icon}
      variant={missing ? 'outlined' : 'filled'}
      className={missing ? 'meta-tag meta-tag-missing' : 'meta-tag'}
      data-testid={testId}
    >
      {children}
      {edited && <EditedMark />}
    </Tag>
  );
}

/** Town · county/city · year · kind of a document, as tags; what was not detected says so. */
export function DocumentTags({ doc }: { doc: DocumentSummary }) {
  const { t } = useTranslation();
  const edited = (...fields: EditableField[]) => fields.some((f) => doc.edited.includes(f));
  const place = placeName(doc);
  const countyLevel = isCountyLevel(doc);
  // A county-level city is already named in the place tag; the region adds the city above it.
  const region = regionParts(doc).filter((part) => !(countyLevel && part === place));

  return (
    <div className="document-tags" data-testid="reader-tags">
      <MetaTag
        icon={<EnvironmentOutlined />}
        edited={edited('town', ...(countyLevel ? ['county' as const] : []))}
        missing={place === null}
        testId="tag-town"
      >
        {place ?? t('metadata.missingTown')}
        {countyLevel && (
          <Tooltip title={t('metadata.countyLevelHint')}>
            <span className="county-level-mark">{t('metadata.countyLevel')}</span>
          </Tooltip>
        )}
      </MetaTag>
      {region.length > 0 && (
        <MetaTag edited={edited('county', 'city')} testId="tag-region">
          {region.join(REGION_SEPARATOR)}
        </MetaTag>
      )}
      <MetaTag
        icon={<CalendarOutlined />}
        edited={edited('year')}
        missing={doc.year === null}
        testId="tag-year"
      >
        {doc.year === null
          ? t('metadata.missingYear')
          : t('metadata.yearValue', { year: doc.year })}
      </MetaTag>
      <MetaTag
        icon={<FileTextOutlined />}
        edited={edited('kind')}
        missing={doc.kind === null}
        testId="tag-kind"
      >
        {doc.kind === null ? t('metadata.missingKind') : t(`kind.${doc.kind}`)}
      </MetaTag>
    </div>
  );
}
