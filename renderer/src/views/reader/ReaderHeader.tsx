import { BarChartOutlined, EditOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentDetail } from '../../../../shared/domain';
import { EditedMark } from '../../metadata/EditedMark';
import { DocumentTags } from './DocumentTags';
import { MetadataEditor } from './MetadataEditor';
import { ReaderMeta } from './ReaderMeta';
import { SourceLine } from './SourceLine';

interface ReaderHeaderProps {
  doc: DocumentDetail;
  /** Opens the find box (also Ctrl/Cmd+F). */
  onFind(): void;
  /** Compares the section being read across towns; null when the document has no sections. */
  onCompareSection: (() => void) | null;
}

/** Title, what the document is about (with a way to correct it), and where it came from. */
export function ReaderHeader({ doc, onFind, onCompareSection }: ReaderHeaderProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <header className="reader-header">
      <div className="reader-title-row">
        <h1 className="reader-title" data-testid="reader-title">
          {doc.title}
        </h1>
        {doc.edited.includes('title') && <EditedMark />}
      </div>
      <div className="reader-metadata-bar">
        <DocumentTags doc={doc} />
        <Space size={8} className="reader-actions">
          <Tooltip title={t('reader.find.shortcut')}>
            <Button size="small" icon={<SearchOutlined />} data-testid="find-open" onClick={onFind}>
              {t('reader.find.open')}
            </Button>
          </Tooltip>
          {onCompareSection && (
            <Tooltip title={t('reader.compareSectionHint')}>
              <Button
                size="small"
                icon={<BarChartOutlined />}
                aria-label={t('reader.compareSection')}
                data-testid="reader-compare-section"
                onClick={onCompareSection}
              >
                {t('reader.compareShort')}
              </Button>
            </Tooltip>
          )}
          <Button
            size="small"
            icon={<EditOutlined />}
            data-testid="edit-metadata"
            onClick={() => setEditing(true)}
          >
            {t('reader.editor.open')}
          </Button>
        </Space>
      </div>
      <SourceLine doc={doc} />
      <ReaderMeta doc={doc} />
      <MetadataEditor doc={doc} open={editing} onClose={() => setEditing(false)} />
    </header>
  );
}
