import { type EventName, events } from '../../src-shared/contract';
import { onSolverProgress } from './engine-handlers';
import type { Workspace } from './workspace';

export type EventSink = (name: EventName, payload: unknown) => void;

/**
 * Every event the contract promises the renderer (workspace changes, solver progress), as one
 * feed both doors forward. Each payload is checked against its schema first, so a renderer never
 * receives a shape it was not promised. Returns the unsubscribe.
 */
export function subscribeEvents(ws: Workspace, sink: EventSink): () => void {
  const emit = (name: EventName, payload: unknown) => {
    const parsed = events[name].safeParse(payload);
    if (parsed.success) sink(name, parsed.data);
  };
  const offs = [
    ws.onChange((p) => emit('workspace/changed', p)),
    onSolverProgress(ws, (p) => emit('solver/progress', p)),
  ];
  return () => offs.forEach((off) => off());
}
