import { theme, type ThemeConfig } from 'antd';
import { UI_FONT } from '../fonts';
import type { Appearance } from './themeMode';

/** Dark: a deeper blue under white button text, a lighter one for links on the dark ground. */
const PRIMARY = { light: '#2b5f8a', dark: '#3d78ab' } as const;
const LINK = { light: '#2b5f8a', dark: '#8ab4dc' } as const;

/** antd's tokens for each appearance; dark uses antd's own dark algorithm over the same brand. */
export function appTheme(appearance: Appearance): ThemeConfig {
  const dark = appearance === 'dark';
  const primary = PRIMARY[appearance];
  return {
    algorithm: dark ? theme.darkAlgorithm : theme.defaultAlgorithm,
    token: {
      fontFamily: UI_FONT,
      colorPrimary: primary,
      colorLink: LINK[appearance],
      colorInfo: primary,
      borderRadius: 6,
      fontSize: 14,
    },
    components: {
      Layout: dark
        ? { lightSiderBg: '#181a1e', headerBg: '#141414', bodyBg: '#141414' }
        : { lightSiderBg: '#f4f5f7', headerBg: '#ffffff', bodyBg: '#ffffff' },
      Menu: { itemBg: 'transparent', itemSelectedBg: dark ? '#22384d' : '#e3ebf3' },
    },
  };
}
