import { CommentOutlined, HighlightOutlined, TagsOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FloatAnchor } from './useReaderSelection';

interface SelectionToolbarProps {
  anchor: FloatAnchor;
  busy: boolean;
  onHighlight(): void;
  onCode(): void;
  onComment(): void;
}

const TOOLBAR_HEIGHT = 36;
const GAP = 8;

/**
 * The small bar that floats over a selection: highlight it, code it (the palette), or comment on
 * it. It sits above the line where the selection ended, or below when there is no room above.
 */
export function SelectionToolbar({
  anchor,
  busy,
  onHighlight,
  onCode,
  onComment,
}: SelectionToolbarProps) {
  const { t } = useTranslation();
  const above = anchor.top - TOOLBAR_HEIGHT - GAP;
  const top = above > 0 ? above : anchor.bottom + GAP;
  return (
    <div
      className="selection-toolbar"
      data-testid="selection-toolbar"
      role="toolbar"
      aria-label={t('annotate.toolbar.label')}
      style={{ top, left: anchor.left }}
      // Pressing a button must not collapse the selection it acts on.
      onMouseDown={(event) => event.preventDefault()}
    >
      <Button
        size="small"
        type="text"
        icon={<HighlightOutlined />}
        loading={busy}
        onClick={onHighlight}
        data-testid="selection-highlight"
      >
        {t('annotate.toolbar.highlight')}
      </Button>
      <Tooltip title={t('annotate.toolbar.codeHint')} mouseEnterDelay={0.5}>
        <Button
          size="small"
          type="text"
          icon={<TagsOutlined />}
          onClick={onCode}
          data-testid="selection-code"
        >
          {t('annotate.toolbar.code')}
        </Button>
      </Tooltip>
      <Button
        size="small"
        type="text"
        icon={<CommentOutlined />}
        onClick={onComment}
        data-testid="selection-comment"
      >
        {t('annotate.toolbar.comment')}
      </Button>
    </div>
  );
}
