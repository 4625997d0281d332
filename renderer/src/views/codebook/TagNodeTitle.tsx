import { MoreOutlined } from '@ant-design/icons';
import { Button, Dropdown, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { TagDot } from '../../codebook/TagDot';
import type { TagNode } from '../../codebook/tagTree';
import { useFormatters } from '../../format';

export type TagAction = 'addChild' | 'edit' | 'merge' | 'compare' | 'delete';

interface TagNodeTitleProps {
  node: TagNode;
  onAction(action: TagAction, node: TagNode): void;
}

/** One row of the codebook tree: colour, name, passages (with children's), and its menu. */
export function TagNodeTitle({ node, onAction }: TagNodeTitleProps) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const items: MenuProps['items'] = [
    { key: 'addChild', label: t('codebook.actions.addChild') },
    { key: 'edit', label: t('codebook.actions.edit') },
    { key: 'merge', label: t('codebook.actions.merge') },
    { key: 'compare', label: t('codebook.actions.compare') },
    { type: 'divider' },
    { key: 'delete', label: t('codebook.actions.delete'), danger: true },
  ];
  const own = node.tag.passageCount;
  return (
    <span className="codebook-node" data-testid="codebook-node" data-tag-id={node.tag.id}>
      <TagDot color={node.tag.color} />
      <span className="codebook-node-name" title={node.tag.description || undefined}>
        {node.tag.name}
      </span>
      <span
        className="codebook-node-count tabular"
        data-testid="codebook-node-count"
        title={
          node.children.length > 0
            ? t('codebook.tree.countHint', { own: number(own), total: number(node.totalCount) })
            : undefined
        }
      >
        {number(node.totalCount)}
      </span>
      <Dropdown
        trigger={['click']}
        menu={{
          items,
          onClick: ({ key, domEvent }) => {
            domEvent.stopPropagation();
            onAction(key as TagAction, node);
          },
        }}
      >
        <Button
          type="text"
          size="small"
          className="codebook-node-menu"
          icon={<MoreOutlined />}
          aria-label={t('codebook.actions.menu', { name: node.tag.name })}
          data-testid="codebook-node-menu"
          onClick={(event) => event.stopPropagation()}
        />
      </Dropdown>
    </span>
  );
}
