import { Tooltip, Tree, Typography, type TreeDataNode } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Section } from '../../../../shared/domain';
import { useElementHeight } from '../../components/useElementHeight';
import { buildOutline, type OutlineNode } from './outlineTree';

interface SectionOutlineProps {
  sections: Section[];
  onJump(section: Section): void;
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

/** One line of the outline: cut with an ellipsis, the full title in a tooltip. */
function OutlineTitle({ node }: { node: OutlineTreeNode }) {
  const title = String(node.title);
  return (
    <Tooltip title={title} placement="right" mouseEnterDelay={0.4}>
      <span
        className="outline-node"
        data-testid="outline-node"
        data-level={node.section.level}
        data-start={node.section.start}
      >
        {title}
      </span>
    </Tooltip>
  );
}

/**
 * The document's sections as a tree in the left column. It keeps its own scroll and renders only
 * the rows in view, so an outline of thousands of headings stays quick.
 */
export function SectionOutline({ sections, onJump }: SectionOutlineProps) {
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
      <Typography.Text type="secondary" className="reader-outline-title">
        {t('reader.outline')}
      </Typography.Text>
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
              titleRender={(node) => <OutlineTitle node={node} />}
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
