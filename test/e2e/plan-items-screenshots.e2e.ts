import { describe, expect, it } from 'vitest';
import { addDays } from '../../src-shared/model';
import { AppShell } from './pages/app-shell';
import { BudgetPage } from './pages/budget';
import { KpisPage } from './pages/kpis';
import { PlansPage } from './pages/plans';
import { RisksPage } from './pages/risks';
import { TasksPage } from './pages/tasks';
import { invoke } from './support/api';
import { useDoor } from './support/door';
import { screenshotPath } from './support/screenshots';

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

/** README pictures of the budget grid, risk matrix, KPIs and countdown on the member-conference template. */
describe('plan-item screenshots for the README', () => {
  const door = useDoor({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });

  it('saves the budget, risk, KPI and countdown views', async () => {
    const { page } = door.session;
    const { plan } = await invoke(door.host, 'plan/create-from-template', {
      templateId: 'member_conference',
      planName: '年度会员大会',
      startDate: addDays(today, -40),
      scale: 20_000,
    });
    const snap = await invoke(door.host, 'plan/get-snapshot', { id: plan.id });
    // Some money already spent, and one KPI below its trigger, so the views have something to say.
    for (const [i, line] of snap.budgetLines.slice(0, 4).entries()) {
      await invoke(door.host, 'budget/update-line', {
        id: line.id,
        actualCents: Math.round(line.plannedCents * (0.8 + i * 0.12)),
        date: addDays(today, -30 + i * 9),
      });
    }
    const watched = snap.kpis.find((k) => k.triggerThreshold !== null);
    if (watched?.triggerThreshold != null) {
      await invoke(door.host, 'kpi/update', { id: watched.id, actual: watched.triggerThreshold - 3 });
    }
    for (const task of snap.tasks.slice(0, 3)) await invoke(door.host, 'task/update', { id: task.id, status: 'done' });

    const shell = new AppShell(page);
    const plans = new PlansPage(page);
    await shell.open(door.host.url);
    await plans.waitFor();
    await plans.open('年度会员大会');

    const budget = new BudgetPage(page);
    await budget.open();
    await page.getByTestId('budget-charts-toggle').click();
    await page.getByTestId('chart-month').locator('canvas').waitFor();
    await page.screenshot({ path: screenshotPath('budget-grid.png'), fullPage: true });

    const risks = new RisksPage(page);
    await risks.open();
    await page.screenshot({ path: screenshotPath('risk-matrix.png'), fullPage: true });

    const kpis = new KpisPage(page);
    await kpis.open();
    await page.getByTestId('kpi-chart').locator('canvas').waitFor();
    await page.screenshot({ path: screenshotPath('kpis.png'), fullPage: true });

    const tasks = new TasksPage(page);
    await tasks.open();
    await page.screenshot({ path: screenshotPath('countdown.png'), fullPage: true });
    expect(door.session.pageErrors).toEqual([]);
  });
});
