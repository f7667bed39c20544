/**
 * A separate process for the crash tests: opens a workspace through the real start-up path and
 * creates plans as fast as it can, printing `ack <id>` only after each edit was acknowledged
 * (its call returned), so the parent knows exactly which edits must survive a kill -9.
 * Usage: node --import tsx child-editor.ts DATA_DIR ROUND
 */
import { openWorkspace } from '../../../src-main/service/open-workspace';

const [dataDir, round] = process.argv.slice(2);
const core = await openWorkspace({ dataDir, door: 'test', version: 'test', onLog: () => undefined });
process.stdout.write(`ready ${process.pid}\n`);
for (let i = 0; ; i++) {
  const r = await core.dispatch('plan/create', {
    name: `r${round}-${i}`,
    startDate: '2026-01-01',
    endDate: '2026-12-31',
  });
  if (!r.ok) {
    process.stderr.write(`edit failed: ${r.error.code} ${r.error.message.en}\n`);
    process.exit(2);
  }
  process.stdout.write(`ack ${i} ${(r.value as { id: string }).id}\n`);
}
