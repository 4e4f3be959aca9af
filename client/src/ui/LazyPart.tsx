import { Component, Suspense, type ReactNode } from 'react';

interface LazyPartProps {
  /** What is loading, for people: "the Cypher editor". */
  what: string;
  children: ReactNode;
}

/**
 * Where a part that loads on first use (React.lazy) is shown. While its
 * chunk downloads, a polite status says what is coming, so a screen reader
 * hears it and the space is not silently empty. If the chunk cannot load
 * (the network dropped, a new deploy removed the old file), an alert says
 * so instead of the whole app failing: React keeps a failed lazy import
 * failed, so the way out is a reload.
 */
export function LazyPart({ what, children }: LazyPartProps) {
  return (
    <LoadFailureBoundary what={what}>
      <Suspense
        fallback={
          <p className="muted lazy-loading" role="status" aria-live="polite">
            Loading {what}…
          </p>
        }
      >
        {children}
      </Suspense>
    </LoadFailureBoundary>
  );
}

interface BoundaryState {
  error: string | null;
}

class LoadFailureBoundary extends Component<LazyPartProps, BoundaryState> {
  override state: BoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <p className="error" role="alert">
        Could not load {this.props.what}: {this.state.error}. Reload the page to try again.
      </p>
    );
  }
}
