import { EditOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentDetail } from '../../../../shared/domain';
import { EditedMark } from '../../metadata/EditedMark';
import { DocumentTags } from './DocumentTags';
import { MetadataEditor } from './MetadataEditor';
import { ReaderMeta } from './ReaderMeta';
import { SourceLine } from './SourceLine';

/** Title, what the document is about (with a way to correct it), and where it came from. */
export function ReaderHeader({ doc }: { doc: DocumentDetail }) {
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
        <Button
          size="small"
          icon={<EditOutlined />}
          data-testid="edit-metadata"
          onClick={() => setEditing(true)}
        >
          {t('reader.editor.open')}
        </Button>
      </div>
      <SourceLine doc={doc} />
      <ReaderMeta doc={doc} />
      <MetadataEditor doc={doc} open={editing} onClose={() => setEditing(false)} />
    </header>
  );
}
