import type { ChannelSpec } from './types';
import { type Channel, type RequestOf, type ResponseOf } from '../../src-shared/contract';
import { createTestDb, type TestDb } from '../../src-main/db/test-db';
import { createDispatch, type Dispatch } from '../../src-main/service/dispatch';
import { createPlanService } from '../../src-main/service/plan-service';
import { Workspace } from '../../src-main/service/workspace';

export type { ChannelSpec };

export interface TestCore {
  db: TestDb;
  workspace: Workspace;
  dispatch: Dispatch;
  /** Calls a channel through the same dispatch the doors use and returns its value, throwing on an error result. */
  call<C extends Channel>(channel: C, args: RequestOf<C>): Promise<ResponseOf<C>>;
  dispose(): Promise<void>;
}

/** The third door: the whole core over a real SQLite file in a temp folder, responses checked against the contract. */
export async function createTestCore(): Promise<TestCore> {
  const db = await createTestDb();
  const workspace = new Workspace(db.db);
  const dispatch = createDispatch(createPlanService(workspace, { version: 'test', door: 'test', dataDir: db.dir }), {
    checkResponses: true,
  });
  return {
    db,
    workspace,
    dispatch,
    async call(channel, args) {
      const r = await dispatch(channel, args);
      if (!r.ok) throw new Error(`${channel} failed: ${r.error.code} ${r.error.message.en}`);
      return r.value as ResponseOf<typeof channel>;
    },
    dispose: () => db.dispose(),
  };
}
