import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { PlanSnapshot } from '../../../../src-shared/contract';
import type { BaselineChanges } from '../../../../src-shared/contract-baselines';
import { currentLang } from '../../i18n';
import { useBundle } from '../budget/use-bundle';
import { printStrings } from '../print/print-i18n';
import { baselineStrings } from './baselines-i18n';
import { type ChangeRow, localInstant } from './change-rows';
import '../print/print.css';

/** Page x of y and the plan's name in the @page margin boxes, as the other printed tables have. */
function noticePageCss(planName: string, lang: 'zh-CN' | 'en'): string {
  const name = JSON.stringify(planName.replace(/[\\\n\r]/g, ' '));
  const pageOf =
    lang === 'zh-CN'
      ? '"第 " counter(page) " 页 / 共 " counter(pages) " 页"'
      : '"Page " counter(page) " of " counter(pages)';
  return `@page { size: A4 portrait; margin: 14mm 12mm;
  @bottom-left { content: ${name}; font-size: 8pt; color: #555; }
  @bottom-right { content: ${pageOf}; font-size: 8pt; color: #555; } }`;
}

/**
 * The 变更单 (change notice) on A4: what changed against a 定稿, with when and why, for the teams
 * who received the printed schedule. Drawn in the print room's layer (print.css leaves only it
 * in print); printing is the browser's own (Save as PDF through the browser door).
 */
export function ChangeNoticePrint(p: {
  snapshot: PlanSnapshot;
  result: BaselineChanges;
  rows: readonly ChangeRow[];
  onClose: () => void;
}) {
  const { t, i18n } = useBundle('baselines', baselineStrings);
  const pt = useBundle('print', printStrings).t;
  const lang = currentLang(i18n.language);
  const [host] = useState(() => document.createElement('div'));
  useEffect(() => {
    host.className = 'print-root';
    document.body.append(host);
    document.body.classList.add('printing');
    return () => {
      document.body.classList.remove('printing');
      host.remove();
    };
  }, [host]);
  const { baseline, against } = p.result;

  return createPortal(
    <div className="print-preview" data-testid="print-preview" data-ready="true" data-kind="change-notice">
      <style>{noticePageCss(p.snapshot.plan.name, lang)}</style>
      <div className="print-toolbar" role="toolbar">
        <strong>{t('notice.title')}</strong>
        <span className="toolbar-spacer" />
        <button type="button" className="primary" onClick={() => window.print()} data-testid="print-go">
          {pt('print')}
        </button>
        <button type="button" onClick={p.onClose} data-testid="print-close">
          {pt('close')}
        </button>
      </div>
      <div className="print-sheets">
        <section className="print-flow change-notice" style={{ width: '186mm' }}>
          <header className="pflow-header">
            <h1>
              {p.snapshot.plan.name} · {t('notice.title')}
            </h1>
            <span>{t('notice.printedAt', { at: localInstant(new Date().toISOString()) })}</span>
          </header>
          <p>
            {t('notice.subtitle', {
              plan: p.snapshot.plan.name,
              baseline: baseline.name,
              frozenAt: localInstant(baseline.createdAt),
            })}
            {against && ` → ${against.name}`}
            {' · '}
            {t('notice.count', { count: p.rows.length })}
          </p>
          {baseline.note && <p className="pwrap">{baseline.note}</p>}
          <table className="ptable">
            <thead>
              <tr>
                <th>{t('change.what')}</th>
                <th>{t('change.kind')}</th>
                <th>{t('change.before')}</th>
                <th>{t('change.after')}</th>
                <th>{t('change.shift')}</th>
                <th>{t('change.when')}</th>
                <th>{t('change.why')}</th>
              </tr>
            </thead>
            <tbody>
              {p.rows.map((r) => (
                <tr key={r.key}>
                  <td>
                    {r.entity}
                    {lang === 'en' ? ': ' : '：'}
                    {r.title}
                  </td>
                  <td>{r.kind}</td>
                  <td>{r.before}</td>
                  <td>{r.after}</td>
                  <td className="num">{r.shift}</td>
                  <td>{r.when}</td>
                  <td className="pwrap">{r.why}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </div>,
    host,
  );
}
