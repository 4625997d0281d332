import { Button, Result } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import i18n from '../i18n';
import { ErrorDetails } from './ErrorDetails';

interface ErrorBoundaryProps {
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: unknown;
  componentStack: string | null;
}

const INITIAL_STATE: ErrorBoundaryState = { error: null, componentStack: null };

/**
 * Catches render errors so a bug shows a message instead of a blank window. It uses the i18n
 * instance directly because a class component cannot use hooks, and it must work even when the
 * providers below it are what failed.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  state: ErrorBoundaryState = INITIAL_STATE;

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error ?? new Error('Unknown error') };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.setState({ componentStack: info.componentStack ?? null });
    console.error('Render error', error);
  }

  private reset = () => this.setState(INITIAL_STATE);

  render(): ReactNode {
    const { error, componentStack } = this.state;
    if (error === null) return this.props.children;
    const t = i18n.t.bind(i18n);
    const stack = error instanceof Error ? error.stack : undefined;
    return (
      <Result
        status="error"
        title={t('errors.boundaryTitle')}
        subTitle={
          <ErrorDetails
            error={error}
            lead={<div>{t('errors.boundarySubtitle')}</div>}
            extra={[stack, componentStack].filter(Boolean).join('\n\nComponent stack:')}
          />
        }
        extra={[
          <Button key="retry" onClick={this.reset}>
            {t('errors.retry')}
          </Button>,
          <Button key="reload" type="primary" onClick={() => window.location.reload()}>
            {t('errors.reload')}
          </Button>,
        ]}
      />
    );
  }
}
