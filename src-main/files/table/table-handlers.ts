import type { Handlers } from '../../../src-shared/contract';
import type { Workspace } from '../../service/workspace';

type TableHandlers = Pick<Handlers, 'file/preview-table-import' | 'file/apply-table-import' | 'file/export-table'>;

export function tableHandlers(_ws: Workspace): TableHandlers {
  const todo = () => {
    throw new Error('not yet');
  };
  return { 'file/preview-table-import': todo, 'file/apply-table-import': todo, 'file/export-table': todo };
}
