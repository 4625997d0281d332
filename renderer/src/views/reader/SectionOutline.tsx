import { BarChartOutlined } from '@ant-design/icons';
import { Button, Dropdown, Tooltip, Tree, Typography, type TreeDataNode } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Section } from '../../../../shared/domain';
import { useElementHeight } from '../../components/useElementHeight';
import { buildOutline, type OutlineNode } from './outlineTree';

interface SectionOutlineProps {
  sections: Section[];
  onJump(section: Section): void;
  /**
   * Compares a section across towns: the node's own (its context menu), or with none given the
   * one being read (the button by the outline's title, which stays in view while reading).
   */
  onCompare(section?: Section): void;
}

type OutlineTreeNode = TreeDataNode & { section: Section; children: OutlineTreeNode[] };

function toTreeData(nodes: OutlineNode[], untitled: string): OutlineTreeNode[] {
  return nodes.map((node) => ({
    key: node.key,
    title: node.section.title.trim() || untitled,
    section: node.section,
    children: toTreeData(node.children, untitled),
  }));
}

/**
 * One line of the outline: cut with an ellipsis, the full title in a tooltip; its context menu
 * compares the section across towns.
 */
function OutlineTitle({
  node,
  onCompare,
}: {
  node: OutlineTreeNode;
  onCompare(section: Section): void;
}) {
  const { t } = useTranslation();
  const title = String(node.title);
  return (
    <Dropdown
      trigger={['contextMenu']}
      menu={{
        items: [{ key: 'compare', label: t('reader.compareSection') }],
        onClick: ({ domEvent }) => {
          domEvent.stopPropagation();
          onCompare(node.section);
        },
      }}
    >
      <span>
        <Tooltip title={title} placement="right" mouseEnterDelay={0.4}>
          <span
            className="outline-node"
            data-testid="outline-node"
            data-level={node.section.level}
            data-start={node.section.start}
            data-section-id={node.section.id}
          >
            {title}
          </span>
        </Tooltip>
      </span>
    </Dropdown>
  );
}

/**
 * The document's sections as a tree in the left column. It keeps its own scroll and renders only
 * the rows in view, so an outline of thousands of headings stays quick.
 */
export function SectionOutline({ sections, onJump, onCompare }: SectionOutlineProps) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<number | null>(null);
  const untitled = t('reader.untitledSection');
  const treeData = useMemo(
    () => toTreeData(buildOutline(sections), untitled),
    [sections, untitled],
  );
  const holderRef = useRef<HTMLDivElement>(null);
  const height = useElementHeight(holderRef);

  return (
    <nav className="reader-outline" aria-label={t('reader.outline')}>
      <div className="reader-outline-head">
        <Typography.Text type="secondary" className="reader-outline-title">
          {t('reader.outline')}
        </Typography.Text>
        {sections.length > 0 && (
          <Tooltip title={t('reader.compareSectionHint')} placement="right">
            <Button
              type="text"
              size="small"
              className="reader-outline-compare"
              icon={<BarChartOutlined />}
              data-testid="outline-compare"
              onClick={() => onCompare()}
            >
              {t('reader.compareShort')}
            </Button>
          </Tooltip>
        )}
      </div>
      <div className="reader-outline-tree" ref={holderRef} data-testid="outline">
        {sections.length === 0 ? (
          <Typography.Text type="secondary" className="reader-outline-empty">
            {t('reader.noOutline')}
          </Typography.Text>
        ) : (
          height > 0 && (
            <Tree<OutlineTreeNode>
              blockNode
              defaultExpandAll
              virtual
              height={height}
              treeData={treeData}
              titleRender={(node) => <OutlineTitle node={node} onCompare={onCompare} />}
              selectedKeys={selected === null ? [] : [selected]}
              onSelect={(_, info) => {
                setSelected(info.node.section.id);
                onJump(info.node.section);
              }}
            />
          )
        )}
      </div>
    </nav>
  );
}
