import { describe, expect, it } from 'vitest';
import { runSolver } from '../../../src-main/solver/run-in-worker';
import type { Progress } from '../../../src-main/solver/search';
import { generate } from '../../bench/fixtures/generate';

const input = () =>
  generate(
    {
      activities: 400,
      resources: 20,
      channels: 1,
      segments: 6,
      tasks: 50,
      days: 30,
      plans: 2,
      utilization: 0.9,
      perturb: 0.5,
    },
    9,
  );

describe('solver worker', () => {
  it('runs in a worker thread with progress, and cancel ends it early', async () => {
    const progress: Progress[] = [];
    // Cancel once the search is seen running: starting a worker under tsx can take seconds on a
    // busy machine, and a cancel sent before the solve starts would end it before any search.
    const run = runSolver({ input: input(), planId: null, timeLimitMs: 20_000, seed: 1, stallLimit: Infinity }, (p) => {
      progress.push(p);
      if (p.phase === 'search') run.cancel();
    });
    const proposal = await run.promise;
    expect(proposal.stats.stopped).toBe('cancelled');
    expect(proposal.stats.elapsedMs).toBeLessThan(20_000);
    expect(progress.some((p) => p.phase === 'search')).toBe(true);
  });

  it('in-process fallback gives the same proposal for the same seed and budget', async () => {
    const req = { input: input(), planId: null, timeLimitMs: 20_000, seed: 4, maxEvaluations: 3000 };
    const a = await runSolver(req, undefined, true).promise;
    const b = await runSolver(req).promise;
    expect(b.moves).toEqual(a.moves);
  });
});
