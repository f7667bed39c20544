import { parseInWorker } from '../../src-main/files/worker-client';
import { lyingGzip, lyingZip } from './lying-archives';

/**
 * Run in its own process by files-hostile.test.ts: parses the lying archives through the real
 * worker and prints how each was answered and the process's peak resident memory (the worker
 * thread included), so the test can hold that peak to the bound without other tests' noise.
 */
async function answer(job: Parameters<typeof parseInWorker>[0]): Promise<{ reason: string; ms: number }> {
  const t0 = performance.now();
  try {
    await parseInWorker(job);
    return { reason: 'accepted', ms: performance.now() - t0 };
  } catch (error) {
    const details = (error as { details?: { reason?: string } }).details;
    return { reason: details?.reason ?? String(error), ms: performance.now() - t0 };
  }
}

// A warm worker, as in the app: the figures are the refusals themselves, not the worker's start.
await answer({ kind: 'table', bytes: Buffer.from('标题,开始\n会员日,2026-03-08\n') });
const zip = await answer({ kind: 'table', bytes: lyingZip(2048) });
const gzip = await answer({ kind: 'plan-file', bytes: lyingGzip(2048) });
const peakMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(JSON.stringify({ zip, gzip, peakMb }) + '\n');
process.exit(0);
