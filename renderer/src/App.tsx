import { Layout } from 'antd';
import { useAppEventSync } from './api/useAppEventSync';
import { AppHeader } from './components/AppHeader';
import { AppNav } from './components/AppNav';
import { ErrorBoundary } from './components/ErrorBoundary';
import { routeHref, sectionOf, useRoute, type Route } from './router';
import { LibraryView } from './views/library/LibraryView';
import { ComingSoonView } from './views/placeholder/ComingSoonView';
import { ReaderView } from './views/reader/ReaderView';

function RouteView({ route }: { route: Route }) {
  switch (route.view) {
    case 'library':
      return <LibraryView />;
    case 'doc':
      return <ReaderView id={route.id} />;
    default:
      return <ComingSoonView section={route.view} />;
  }
}

export function App() {
  useAppEventSync();
  const route = useRoute();
  return (
    <Layout className="app-shell">
      <AppHeader />
      <Layout>
        <Layout.Sider
          className="app-sider"
          theme="light"
          width={184}
          breakpoint="md"
          collapsedWidth={64}
        >
          <AppNav selected={sectionOf(route)} />
        </Layout.Sider>
        <Layout.Content className="app-content">
          {/* Keyed by route so a crash in one view clears once the user navigates away. */}
          <ErrorBoundary key={routeHref(route)}>
            <RouteView route={route} />
          </ErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
