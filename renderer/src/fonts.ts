/** The UI's CJK-first font stack, shared by antd's theme and the charts (which draw on canvas). */
export const UI_FONT =
  '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", sans-serif';
