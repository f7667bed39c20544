import { type ComponentType, type ReactNode, lazy } from 'react';
import { useTranslation } from 'react-i18next';

export interface LazyView<P> {
  (props: P): ReactNode;
  /** Starts fetching the view's chunk; the first render after it has arrived does not suspend. */
  preload(): Promise<unknown>;
}

/**
 * A view whose code is a chunk of its own, fetched the first time the view is shown or preloaded
 * (see views/plan/plan-views.ts). Until the chunk has arrived the view suspends, so it renders
 * inside a <Suspense> (fallback <ViewLoading />) and an ErrorBoundary: a chunk that fails to load
 * (the browser door stopped) then says why instead of blanking the window. Once it has arrived
 * the view renders straight away: React.lazy alone would suspend once more on its first render
 * and show the fallback, and React holds a revealed fallback for at least 300 ms.
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): LazyView<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () => (loading ??= load().then((component) => (loaded = component)));
  const Pending = lazy(async () => ({ default: await preload() }));
  function View(props: P) {
    const Loaded = loaded ?? Pending;
    return <Loaded {...props} />;
  }
  return Object.assign(View, { preload });
}

/** Shown for the moment a view's chunk takes to arrive. */
export function ViewLoading() {
  const { t } = useTranslation();
  return (
    <p className="muted" role="status" data-testid="view-loading">
      {t('app.loading')}
    </p>
  );
}
