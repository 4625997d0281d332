import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import './styles.css';
import { App } from './App';
import { initTransport } from './api/client';
import { AppProviders } from './components/AppProviders';
import { ErrorBoundary } from './components/ErrorBoundary';
import { applyStoredAppearance } from './theme/themeMode';

initTransport();
applyStoredAppearance();

// A file dropped outside the drop zone would otherwise make the window navigate to that file.
for (const type of ['dragover', 'drop'] as const) {
  window.addEventListener(type, (event) => event.preventDefault());
}

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element');

createRoot(container).render(
  <StrictMode>
    <ErrorBoundary>
      <AppProviders>
        <App />
      </AppProviders>
    </ErrorBoundary>
  </StrictMode>,
);
