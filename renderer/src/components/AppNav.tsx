import {
  BarChartOutlined,
  BookOutlined,
  FileTextOutlined,
  SearchOutlined,
  TagsOutlined,
} from '@ant-design/icons';
import { Menu } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, type SectionName } from '../router';

const ICONS: Record<SectionName, ReactNode> = {
  library: <BookOutlined />,
  search: <SearchOutlined />,
  codebook: <TagsOutlined />,
  compare: <BarChartOutlined />,
  reports: <FileTextOutlined />,
};

const ORDER: SectionName[] = ['library', 'search', 'codebook', 'compare', 'reports'];

export function AppNav({ selected }: { selected: SectionName }) {
  const { t } = useTranslation();
  return (
    <Menu
      mode="inline"
      selectedKeys={[selected]}
      items={ORDER.map((section) => ({
        key: section,
        icon: ICONS[section],
        label: t(`nav.${section}`),
      }))}
      onClick={({ key }) => navigate({ view: key as SectionName })}
    />
  );
}
