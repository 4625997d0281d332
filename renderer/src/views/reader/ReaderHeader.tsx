import { EditOutlined, SearchOutlined } from '@ant-design/icons';
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
}

/** Title, what the document is about (with a way to correct it), and where it came from. */
export function ReaderHeader({ doc, onFind }: ReaderHeaderProps) {
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
