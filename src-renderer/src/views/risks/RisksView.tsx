import { useMemo } from 'react';
import { listSeparator } from '../../i18n';
import type { PlanSnapshot } from '../../../../src-shared/contract';
import { flaggedRisks } from '../../../../src-shared/risk/assess';
import type { Risk } from '../../../../src-shared/model';
import { useRecordEditor } from '../../components/crud/useRecordEditor';
import { currentLang } from '../../i18n';
import { useNotices } from '../../state/NoticeContext';
import { useWorkspace } from '../../state/WorkspaceContext';
import { useBundle } from '../budget/use-bundle';
import { BandEditor } from './BandEditor';
import { emptyRisk, riskFields, riskRequest, riskValues } from './risk-form';
import { riskStrings } from './risks-i18n';
import { RiskMatrix } from './RiskMatrix';
import { RiskRegister } from './RiskRegister';
import './risks.css';

/** The 5×5 matrix with draggable cards, the plan's level bands, early-warning flags and the register. */
export function RisksView({ snapshot }: { snapshot: PlanSnapshot }) {
  const { t, i18n } = useBundle('riskMatrix', riskStrings);
  const lang = currentLang(i18n.language);
  const { api } = useWorkspace();
  const notices = useNotices();
  const bands = snapshot.settings.riskBands;
  const kpisById = useMemo(() => new Map(snapshot.kpis.map((k) => [k.id, k])), [snapshot.kpis]);
  const flagged = useMemo(() => flaggedRisks(snapshot.risks, snapshot.kpis), [snapshot.risks, snapshot.kpis]);

  const run = (work: Promise<unknown>) =>
    // The edit's outcome moves the store; a refused one changed nothing, so only the message shows.
    void work.catch((error: unknown) => notices.error(error));

  const editor = useRecordEditor<Risk>({
    fields: riskFields(snapshot, t),
    empty: emptyRisk(snapshot),
    toValues: (r) => riskValues(r, snapshot),
    create: (v) => api.invoke('risk/create', { planId: snapshot.plan.id, ...riskRequest(v, snapshot) }),
    update: (r, v) => api.invoke('risk/update', { id: r.id, ...riskRequest(v, snapshot) }),
    remove: (r) => api.invoke('risk/delete', { id: r.id }),
    titles: { create: t('translation:risks.createTitle'), edit: t('translation:risks.editTitle') },
    deleteMessage: (r) => t('translation:risks.deleteConfirm', { name: r.title }),
    testId: 'risk-dialog',
  });

  const names = snapshot.risks.filter((r) => flagged.has(r.id)).map((r) => r.title);
  return (
    <div className="risks-view" data-testid="risks-view">
      <div className="toolbar">
        <h2>{t('title')}</h2>
        <span className={names.length ? 'risk-flags fired' : 'risk-flags'} data-testid="risk-flags" role="status">
          {names.length
            ? `⚠ ${t('flagged', { count: names.length, names: names.join(listSeparator(lang)) })}`
            : t('noneFlagged')}
        </span>
        <div className="toolbar-spacer" />
        <BandEditor
          key={JSON.stringify(bands)}
          settings={snapshot.settings}
          t={t}
          onSave={(riskBands) =>
            run(
              api.invoke('plan/update-settings', {
                planId: snapshot.plan.id,
                settings: { ...snapshot.settings, riskBands },
              }),
            )
          }
        />
        <button type="button" className="primary" onClick={editor.add} data-testid="risk-add">
          + {t('add')}
        </button>
      </div>
      <div className="risks-layout">
        <div>
          <RiskMatrix
            risks={snapshot.risks}
            bands={bands}
            flagged={flagged}
            t={t}
            onMove={(r, probability, impact) => run(api.invoke('risk/update', { id: r.id, probability, impact }))}
            onOpen={editor.edit}
          />
          <p className="muted">{t('dragHint')}</p>
        </div>
        <div className="risk-register">
          <h3>{t('register')}</h3>
          <RiskRegister
            snapshot={snapshot}
            bands={bands}
            kpisById={kpisById}
            t={t}
            lang={lang}
            onEdit={editor.edit}
            onDelete={editor.askDelete}
          />
        </div>
      </div>
      {editor.dialogs}
    </div>
  );
}
