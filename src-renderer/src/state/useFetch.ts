import { useEffect, useState } from 'react';
import { useWorkspace } from './WorkspaceContext';

export interface Fetched<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
}

/**
 * Fetches `load()` again whenever the workspace revision or `key` changes. The answer replaces
 * the previous one wholesale; an answer that arrives after a newer request started is dropped,
 * so a slow response can never overwrite a fresher one.
 */
export function useFetch<T>(key: string | null, load: () => Promise<T>): Fetched<T> {
  const { revision } = useWorkspace();
  const [state, setState] = useState<Fetched<T> & { key: string | null }>({
    key,
    data: null,
    error: null,
    loading: true,
  });

  useEffect(() => {
    if (key === null) return;
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => current && setState({ key, data, error: null, loading: false }),
      (error: unknown) =>
        current && setState((s) => ({ key, data: s.key === key ? s.data : null, error, loading: false })),
    );
    return () => {
      current = false;
    };
    // `load` is a fresh closure each render; `key` names what it loads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, revision]);

  // What was loaded for another key (the previous plan) is never shown for this one.
  if (state.key !== key) return { data: null, error: null, loading: true };
  return state;
}
