import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { shouldRetry } from '../api/queries';
import { appTheme } from '../theme/appTheme';
import { usePreferenceSync } from '../theme/usePreferenceSync';

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

/** antd's locale and theme, following the saved language and theme (it needs the query client). */
function ThemedApp({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const appearance = usePreferenceSync();
  const theme = useMemo(() => appTheme(appearance), [appearance]);
  const locale = i18n.language === 'en' ? enUS : zhCN;
  return (
    <ConfigProvider
      locale={locale}
      theme={theme}
      // antd spaces out two-character CJK labels (取 消); it reads oddly next to longer ones.
      button={{ autoInsertSpace: false }}
    >
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

export function AppProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <ThemedApp>{children}</ThemedApp>
    </QueryClientProvider>
  );
}
