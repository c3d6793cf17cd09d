import { Component, type ReactNode } from 'react';
import { Translation } from 'react-i18next';

interface ErrorBoundaryProps {
  /** What failed, in the analyst's words ("The details panel"). */
  name: string;
  /** Puts the view back to a safe state; the dataset stays loaded. */
  onReset: () => void;
  children: ReactNode;
}

/** Keeps one failing panel from blanking the page, and offers a way back. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <Translation>
        {(t) => (
          <div className="panel-error" role="alert">
            <p>{t('app.panelFailed', { panel: this.props.name, message: error.message })}</p>
            <button
              type="button"
              className="small-button"
              onClick={() => {
                this.props.onReset();
                this.setState({ error: null });
              }}
            >
              {t('app.resetView')}
            </button>
          </div>
        )}
      </Translation>
    );
  }
}
