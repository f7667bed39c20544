import { useState } from 'react';
import type { PlanSnapshot } from '../../../../src-shared/contract';
import type { BaselineChanges } from '../../../../src-shared/contract-baselines';
import { useBundle } from '../budget/use-bundle';
import { baselineStrings } from './baselines-i18n';
import { BaselinesPanel } from './BaselinesPanel';
import type { ChangeRow } from './change-rows';
import { ChangeNoticePrint } from './ChangeNoticePrint';

type Open = { kind: 'panel' } | { kind: 'print'; result: BaselineChanges; rows: ChangeRow[] } | null;

/** The plan tab bar's 定稿 button: opens the baselines panel, and the 变更单 print from it. */
export function BaselinesButton({ snapshot }: { snapshot: PlanSnapshot }) {
  const { t } = useBundle('baselines', baselineStrings);
  const [open, setOpen] = useState<Open>(null);
  return (
    <>
      <button type="button" className="tab" onClick={() => setOpen({ kind: 'panel' })} data-testid="baselines-open">
        {t('open')}
      </button>
      {open?.kind === 'panel' && (
        <BaselinesPanel
          snapshot={snapshot}
          onClose={() => setOpen(null)}
          onPrint={(result, rows) => setOpen({ kind: 'print', result, rows })}
        />
      )}
      {open?.kind === 'print' && (
        <ChangeNoticePrint
          snapshot={snapshot}
          result={open.result}
          rows={open.rows}
          onClose={() => setOpen({ kind: 'panel' })}
        />
      )}
    </>
  );
}
