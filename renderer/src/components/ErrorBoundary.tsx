import { Button, Result } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import i18n from '../i18n';
import { describeError } from './describeError';

interface ErrorBoundaryProps {
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: unknown;
  componentStack: string | null;
  showDetails: boolean;
}

const INITIAL_STATE: ErrorBoundaryState = { error: null, componentStack: null, showDetails: false };

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

  private toggleDetails = () => this.setState((state) => ({ showDetails: !state.showDetails }));

  private reset = () => this.setState(INITIAL_STATE);

  render(): ReactNode {
    const { error, componentStack, showDetails } = this.state;
    if (error === null) return this.props.children;
    const t = i18n.t.bind(i18n);
    const stack = error instanceof Error ? error.stack : undefined;
    return (
      <Result
        status="error"
        title={t('errors.boundaryTitle')}
        subTitle={
          <>
            <div>{t('errors.boundarySubtitle')}</div>
            <div className="error-boundary-message">{describeError(error).message}</div>
          </>
        }
        extra={[
          <Button key="retry" onClick={this.reset}>
            {t('errors.retry')}
          </Button>,
          <Button key="reload" type="primary" onClick={() => window.location.reload()}>
            {t('errors.reload')}
          </Button>,
          <Button key="details" type="link" onClick={this.toggleDetails}>
            {showDetails ? t('errors.hideDetails') : t('errors.showDetails')}
          </Button>,
        ]}
      >
        {showDetails && (
          <pre className="error-boundary-details">
            {[stack, componentStack].filter(Boolean).join('\n\nComponent stack:')}
          </pre>
        )}
      </Result>
    );
  }
}
