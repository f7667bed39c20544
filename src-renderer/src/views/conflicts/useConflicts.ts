import { useEffect, useState } from 'react';
import type { PlanSnapshot } from '../../../../src-shared/contract';
import type { Finding } from '../../../../src-shared/rules';
import { ScheduleModel } from './schedule-model';

export interface Conflicts {
  /** The plan's schedule in the pure engine, for drag previews and one-click fixes; null until built. */
  model: ScheduleModel | null;
  findings: Finding[];
  hard: number;
  soft: number;
}

const EMPTY: Conflicts = { model: null, findings: [], hard: 0, soft: 0 };

/**
 * The plan's findings, computed by the same pure rules the main process runs, in an effect so
 * detection never sits on the render path. Rebuilt whenever a new snapshot replaces the old one.
 */
export function useConflicts(snapshot: PlanSnapshot | null): Conflicts {
  const [state, setState] = useState<Conflicts>(EMPTY);
  useEffect(() => {
    if (!snapshot) return;
    const model = new ScheduleModel(snapshot);
    const findings = model.findings();
    let hard = 0;
    for (const f of findings) if (f.severity === 'hard') hard++;
    setState({ model, findings, hard, soft: findings.length - hard });
  }, [snapshot]);
  return state;
}
