import { describe, expect, it } from 'vitest';
import { AppShell } from './pages/app-shell';
import { KpisPage } from './pages/kpis';
import { PlansPage } from './pages/plans';
import { RisksPage } from './pages/risks';
import { invoke } from './support/api';
import { useDoor } from './support/door';
import { seedPlan } from './support/seed';

/**
 * Issue 5: "a risk whose trigger KPI crosses its threshold is flagged in the header". The KPI's
 * actual drops under the risk's trigger, the header badge counts it and opens the Risks tab;
 * undo clears it.
 */
describe('early-warning badge in the header', () => {
  const door = useDoor({ locale: 'zh-CN', viewport: { width: 1600, height: 1000 } });

  it('appears when a trigger KPI falls under its threshold, opens the risks, and goes on undo', async () => {
    const { page } = door.session;
    const plan = await seedPlan(door.host, '会员大会预警', '2027-01-01', '2027-03-31');
    const match = await invoke(door.host, 'kpi/create', {
      planId: plan.id,
      name: '议题匹配度',
      unit: '%',
      target: 90,
      actual: 92,
      triggerThreshold: 85,
      triggerComparison: 'lt',
      triggerAction: '延长议题征集 3 天',
    });
    const risk = await invoke(door.host, 'risk/create', {
      planId: plan.id,
      title: '议题不契合',
      category: 'experience',
      probability: 2,
      impact: 2,
      triggerKpiId: match.id,
      triggerThreshold: 85,
    });

    const shell = new AppShell(page);
    const kpis = new KpisPage(page);
    const risks = new RisksPage(page);
    const badge = page.getByTestId('header-risk-flag');
    await shell.open(door.host.url);
    await new PlansPage(page).open('会员大会预警');
    await kpis.open();
    expect(await badge.count()).toBe(0);

    await kpis.typeActual('议题匹配度', '80');
    await badge.waitFor();
    expect(await badge.getAttribute('data-count')).toBe('1');
    expect(await badge.innerText()).toContain('预警 1');
    expect(await badge.getAttribute('title')).toContain('议题不契合');
    await shell.setLanguage('en');
    await expect.poll(() => badge.innerText()).toContain('1 warning');
    await shell.setLanguage('zh-CN');

    // The badge leads to the matrix, where the same risk carries the flag.
    await badge.click();
    await risks.flagOn(risk.id).waitFor();
    expect(await page.getByTestId('tab-risks').getAttribute('aria-selected')).toBe('true');

    await shell.undoButton.click();
    await badge.waitFor({ state: 'detached' });
    await expect.poll(() => risks.flagOn(risk.id).count()).toBe(0);
    expect(door.session.pageErrors).toEqual([]);
  });
});
