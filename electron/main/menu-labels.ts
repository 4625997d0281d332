import type { UiCommand } from '../../shared/commands';
import type { UiLanguage } from '../../shared/domain';

export interface MenuLabels {
  appName: string;
  file: string;
  edit: string;
  view: string;
  window: string;
  help: string;
  recentLibraries: string;
  noRecent: string;
  quit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  resetZoom: string;
  zoomIn: string;
  zoomOut: string;
  fullScreen: string;
  docs: string;
  openLogs: string;
  about: string;
  commands: Record<UiCommand, string>;
}

/** The native menu follows the UI language chosen in Settings. */
export const MENU_LABELS: Record<UiLanguage, MenuLabels> = {
  'zh-CN': {
    appName: '政策镜',
    file: '文件',
    edit: '编辑',
    view: '视图',
    window: '窗口',
    help: '帮助',
    recentLibraries: '最近的文库',
    noRecent: '（无）',
    quit: '退出',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    fullScreen: '全屏',
    docs: '使用说明',
    openLogs: '打开日志文件夹',
    about: '关于政策镜',
    commands: {
      'import-files': '导入文件…',
      'import-folder': '导入文件夹…',
      'open-library': '打开文库…',
      'new-library': '新建文库…',
      'export-report': '导出报告…',
      'backup-now': '立即备份',
      settings: '设置…',
      find: '查找',
      'go-library': '文库',
      'go-search': '检索',
      'go-compare': '比较',
      'go-codebook': '编码本',
      'go-reports': '报告',
      'go-trash': '回收站',
      'keyboard-help': '键盘快捷键',
      welcome: '欢迎页',
    },
  },
  en: {
    appName: 'PolicyLens',
    file: 'File',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    recentLibraries: 'Recent libraries',
    noRecent: '(none)',
    quit: 'Quit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    resetZoom: 'Actual size',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fullScreen: 'Full screen',
    docs: 'User guide',
    openLogs: 'Open logs folder',
    about: 'About PolicyLens',
    commands: {
      'import-files': 'Import files…',
      'import-folder': 'Import folder…',
      'open-library': 'Open library…',
      'new-library': 'New library…',
      'export-report': 'Export report…',
      'backup-now': 'Back up now',
      settings: 'Settings…',
      find: 'Find',
      'go-library': 'Library',
      'go-search': 'Search',
      'go-compare': 'Compare',
      'go-codebook': 'Codebook',
      'go-reports': 'Reports',
      'go-trash': 'Trash',
      'keyboard-help': 'Keyboard shortcuts',
      welcome: 'Welcome',
    },
  },
};
