import { Tree, Typography, type TreeDataNode } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Section } from '../../../../shared/domain';

interface SectionOutlineProps {
  sections: Section[];
  onJump(section: Section): void;
}

function buildTree(sections: Section[], untitled: string): TreeDataNode[] {
  const nodes = new Map<number, TreeDataNode & { children: TreeDataNode[] }>();
  const ordered = [...sections].sort((a, b) => a.start - b.start || a.level - b.level);
  for (const section of ordered) {
    nodes.set(section.id, { key: section.id, title: section.title || untitled, children: [] });
  }
  const roots: TreeDataNode[] = [];
  for (const section of ordered) {
    const node = nodes.get(section.id);
    if (!node) continue;
    const parent = section.parentId === null ? undefined : nodes.get(section.parentId);
    // A section whose parent is missing still shows, at the top level, rather than vanishing.
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

export function SectionOutline({ sections, onJump }: SectionOutlineProps) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<number | null>(null);
  const treeData = useMemo(() => buildTree(sections, t('reader.untitledSection')), [sections, t]);
  const byId = useMemo(() => new Map(sections.map((section) => [section.id, section])), [sections]);

  return (
    <nav className="reader-outline" aria-label={t('reader.outline')}>
      <Typography.Text type="secondary" className="reader-outline-title">
        {t('reader.outline')}
      </Typography.Text>
      <Tree
        blockNode
        defaultExpandAll
        treeData={treeData}
        selectedKeys={selected === null ? [] : [selected]}
        onSelect={(_, info) => {
          const section = byId.get(Number(info.node.key));
          if (!section) return;
          setSelected(section.id);
          onJump(section);
        }}
      />
    </nav>
  );
}
