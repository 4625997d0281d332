import { Layout } from 'antd';
import { useAppEventSync } from './api/useAppEventSync';
import { AppHeader } from './components/AppHeader';
import { CommandHost } from './commands/CommandHost';
import { AppNav } from './components/AppNav';
import { ErrorBoundary } from './components/ErrorBoundary';
import { useUndoShortcuts } from './components/undo/useUndoShortcuts';
import { Overlays } from './shell/Overlays';
import { useWindowTitle } from './shell/useWindowTitle';
import { routePath, sectionOf, useRoute, type Route } from './router';
import { CodebookView } from './views/codebook/CodebookView';
import { CompareView } from './views/compare/CompareView';
import { LibraryView } from './views/library/LibraryView';
import { ReaderView } from './views/reader/ReaderView';
import { ReportsView } from './views/reports/ReportsView';
import { SearchView } from './views/search/SearchView';
import { TrashView } from './views/trash/TrashView';

function RouteView({ route }: { route: Route }) {
  switch (route.view) {
    case 'library':
      return <LibraryView />;
    case 'doc':
      return <ReaderView id={route.id} params={route.params} />;
    case 'search':
      return <SearchView params={route.params} />;
    case 'codebook':
      return <CodebookView params={route.params} />;
    case 'compare':
      return <CompareView params={route.params} />;
    case 'reports':
      return <ReportsView />;
    case 'trash':
      return <TrashView />;
  }
}

export function App() {
  useAppEventSync();
  useUndoShortcuts();
  useWindowTitle();
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
          {/* Keyed by view (not its parameters) so a crash clears once the user navigates away. */}
          <ErrorBoundary key={routePath(route)}>
            <RouteView route={route} />
          </ErrorBoundary>
        </Layout.Content>
      </Layout>
      <CommandHost />
      <Overlays />
    </Layout>
  );
}
