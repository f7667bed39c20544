import { useEffect, useRef, useState } from 'react';
import type { EditOutcome } from '../../../src-shared/contract-outcome';
import { useWorkspace } from './WorkspaceContext';

export interface Fetched<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
}

/**
 * Carries loaded data across one edit by its outcome: the data as it is after the edit (the same
 * object when the edit did not touch it), or null when the outcome cannot tell and it must be
 * read again.
 */
export type CarryByOutcome<T> = (data: T, outcome: EditOutcome) => T | null;

/**
 * Fetches `load()` again whenever the workspace revision or `key` changes, unless `carry` can
 * bring what is loaded up to the new revision from the edits' outcomes (no request then). The
 * answer replaces the previous one wholesale; an answer that arrives after a newer request
 * started is dropped, so a slow response can never overwrite a fresher one.
 */
export function useFetch<T>(key: string | null, load: () => Promise<T>, carry?: CarryByOutcome<T>): Fetched<T> {
  const { revision, outcomesSince } = useWorkspace();
  const [state, setState] = useState<Fetched<T> & { key: string | null }>({
    key,
    data: null,
    error: null,
    loading: true,
  });

  // What is on show and the revision it was loaded or carried to, read by the effect below.
  const shown = useRef<{ key: string | null; data: T | null; revision: number }>({ key, data: null, revision });

  useEffect(() => {
    if (key === null) return;
    const held = shown.current;
    if (carry && held.key === key && held.data !== null && held.revision < revision) {
      const carried = carryThrough(held.data, outcomesSince(held.revision, revision), carry);
      if (carried !== null) {
        shown.current = { key, data: carried, revision };
        if (carried !== held.data) setState({ key, data: carried, error: null, loading: false });
        return;
      }
    }
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => {
        if (!current) return;
        shown.current = { key, data, revision };
        setState({ key, data, error: null, loading: false });
      },
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

function carryThrough<T>(data: T, outcomes: EditOutcome[] | null, carry: CarryByOutcome<T>): T | null {
  if (outcomes === null) return null;
  let carried: T | null = data;
  for (const outcome of outcomes) {
    carried = carry(carried, outcome);
    if (carried === null) return null;
  }
  return carried;
}
