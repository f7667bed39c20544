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
    const run = runSolver({ input: input(), planId: null, timeLimitMs: 20_000, seed: 1, stallLimit: Infinity }, (p) =>
      progress.push(p),
    );
    const t = performance.now();
    setTimeout(() => run.cancel(), 1500);
    const proposal = await run.promise;
    expect(performance.now() - t).toBeLessThan(10_000);
    expect(proposal.stats.stopped).toBe('cancelled');
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.some((p) => p.phase === 'search')).toBe(true);
  });

  it('in-process fallback gives the same proposal for the same seed and budget', async () => {
    const req = { input: input(), planId: null, timeLimitMs: 20_000, seed: 4, maxEvaluations: 3000 };
    const a = await runSolver(req, undefined, true).promise;
    const b = await runSolver(req).promise;
    expect(b.moves).toEqual(a.moves);
  });
});
