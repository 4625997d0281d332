import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, type ThemeConfig } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { shouldRetry } from '../api/queries';
import { UI_FONT } from '../fonts';

const THEME: ThemeConfig = {
  token: {
    fontFamily: UI_FONT,
    colorPrimary: '#2b5f8a',
    colorLink: '#2b5f8a',
    colorInfo: '#2b5f8a',
    borderRadius: 6,
    fontSize: 14,
  },
  components: {
    Layout: { lightSiderBg: '#f4f5f7', headerBg: '#ffffff', bodyBg: '#ffffff' },
    Menu: { itemBg: 'transparent', itemSelectedBg: '#e3ebf3' },
  },
};

function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        // Data changes only through this app's own core, which pushes events; focus is no signal.
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}

export function AppProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? enUS : zhCN;
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider
        locale={locale}
        theme={THEME}
        // antd spaces out two-character CJK labels (取 消); it reads oddly next to longer ones.
        button={{ autoInsertSpace: false }}
      >
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
