import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorPanel } from './ErrorPanel';

interface Props {
  children: ReactNode;
  /** Shown above the message; the caller passes it translated. */
  title: string;
  retryLabel: string;
}

interface State {
  error: unknown;
}

/**
 * Keeps a failing view from blanking the whole window: the header (with undo) and the other
 * tabs stay usable, and the planner can retry. Data is never at risk here since every edit is
 * already persisted by the service.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('view failed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return (
      <div className="page">
        <ErrorPanel error={this.state.error} title={this.props.title} />
        <button type="button" onClick={() => this.setState({ error: null })}>
          {this.props.retryLabel}
        </button>
      </div>
    );
  }
}
