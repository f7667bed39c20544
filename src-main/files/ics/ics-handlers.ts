import type { Handlers } from '../../../src-shared/contract';
import type { Workspace } from '../../service/workspace';

type IcsHandlers = Pick<Handlers, 'file/export-ics' | 'file/preview-ics-import' | 'file/apply-ics-import'>;

export function icsHandlers(_ws: Workspace): IcsHandlers {
  const todo = () => {
    throw new Error('not yet');
  };
  return { 'file/export-ics': todo, 'file/preview-ics-import': todo, 'file/apply-ics-import': todo };
}
