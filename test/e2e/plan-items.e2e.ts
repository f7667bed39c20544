import { describe, expect, it } from 'vitest';
import { addDays } from '../../src-shared/model';
import { AppShell } from './pages/app-shell';
import { KpisPage } from './pages/kpis';
import { PlansPage } from './pages/plans';
import { RisksPage } from './pages/risks';
import { TasksPage } from './pages/tasks';
import { invoke } from './support/api';
import { useDoor } from './support/door';

/** Today in the browser's time zone (the context runs in Asia/Shanghai). */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

/**
 * Risks, KPIs and the countdown end to end (issue 5): drag a risk card from (2,2) to (4,5) and
 * find it high after a reload; set a KPI actual below its trigger and see the KPI and the risk
 * watching it flagged; tick a task done and see the countdown move; undo each.
 */
describe('risk matrix, KPIs and countdown', () => {
  const door = useDoor({ locale: 'zh-CN' });

  it('re-scores by drag, flags triggers, counts down, and undoes each', async () => {
    const { page } = door.session;
    const plan = await invoke(door.host, 'plan/create', {
      name: '会员大会',
      startDate: addDays(today, -60),
      endDate: addDays(today, 90),
    });
    const conf = await invoke(door.host, 'activity/create', {
      planId: plan.id,
      title: '年度会员大会',
      type: 'conference',
      start: addDays(today, 20),
      end: addDays(today, 20),
    });
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
    const volunteers = await invoke(door.host, 'task/create', {
      planId: plan.id,
      activityId: conf.id,
      title: '志愿者招募',
      offsetDays: -30,
    });
    await invoke(door.host, 'task/create', {
      planId: plan.id,
      activityId: conf.id,
      title: '技术压力测试',
      offsetDays: -14,
    });

    const shell = new AppShell(page);
    const plans = new PlansPage(page);
    const risks = new RisksPage(page);
    const kpis = new KpisPage(page);
    const tasks = new TasksPage(page);
    await shell.open(door.host.url);
    await plans.waitFor();
    await plans.open('会员大会');

    // Drag the card from (2,2) to (4,5): 20 points, high; it stays there after a reload.
    await risks.open();
    expect(await risks.position(risk.id)).toEqual({ p: 2, i: 2, level: 'low' });
    await risks.drag(risk.id, 4, 5);
    await expect.poll(() => risks.position(risk.id)).toEqual({ p: 4, i: 5, level: 'high' });
    await page.reload();
    await risks.root.getByTestId('risk-matrix').waitFor();
    expect(await risks.position(risk.id)).toEqual({ p: 4, i: 5, level: 'high' });
    expect(await risks.root.getByTestId('risk-level').getAttribute('data-level')).toBe('high');
    await shell.undoButton.click();
    await expect.poll(() => risks.position(risk.id)).toEqual({ p: 2, i: 2, level: 'low' });

    // A KPI actual under its trigger flags the KPI, and the risk watching it.
    await kpis.open();
    expect(await kpis.flags.count()).toBe(0);
    // A value that is no number is refused in place; then 80 through the edit dialog.
    await kpis.typeActual('议题匹配度', '八十');
    await expect
      .poll(() => kpis.row('议题匹配度').getByTestId('kpi-actual-input').getAttribute('aria-invalid'))
      .toBe('true');
    expect(await kpis.row('议题匹配度').getByTestId('kpi-actual-input').inputValue()).toBe('92');
    await kpis.setActual('议题匹配度', '80');
    await kpis.flags.first().waitFor();
    expect(await kpis.row('议题匹配度').innerText()).toContain('延长议题征集 3 天');
    await risks.open();
    await risks.flagOn(risk.id).waitFor();
    expect(await risks.flags.innerText()).toContain('议题不契合');
    await shell.undoButton.click();
    await expect.poll(() => risks.flagOn(risk.id).count()).toBe(0);
    await kpis.open();
    expect(await kpis.flags.count()).toBe(0);
    // Straight in the table this time: 84 is under 85 and flags; undo clears it again.
    await kpis.typeActual('议题匹配度', '84');
    await kpis.flags.first().waitFor();
    await shell.undoButton.click();
    await expect.poll(() => kpis.flags.count()).toBe(0);

    // The countdown: T-20 today; the volunteer drive (T-30) is overdue until it is ticked done.
    await tasks.open();
    const countdown = tasks.countdown(conf.id);
    expect(await countdown.getByTestId('countdown-today').innerText()).toBe('T-20');
    expect(await tasks.progress(conf.id)).toBe('完成 0/2');
    expect(await tasks.item(volunteers.id).getAttribute('data-overdue')).toBe('true');
    await tasks.toggle(volunteers.id);
    await expect.poll(() => tasks.progress(conf.id)).toBe('完成 1/2');
    expect(await tasks.item(volunteers.id).getAttribute('data-overdue')).toBe('false');
    expect(await countdown.getByTestId('countdown-overdue').count()).toBe(0);
    expect(await countdown.getByTestId('countdown-next').innerText()).toContain('技术压力测试');
    await shell.undoButton.click();
    await expect.poll(() => tasks.progress(conf.id)).toBe('完成 0/2');
    expect(await tasks.item(volunteers.id).getAttribute('data-overdue')).toBe('true');

    // RACI: name a person and make them accountable for the first task; undo clears the cell.
    await page.getByTestId('raci-person').fill('项目经理');
    await page.getByTestId('raci-add-person').click();
    const cell = page.getByTestId('raci-cell').first();
    await cell.selectOption('A');
    await expect
      .poll(async () => (await invoke(door.host, 'task/list', { planId: plan.id })).some((x) => x.raci.length > 0))
      .toBe(true);
    await expect.poll(() => cell.inputValue()).toBe('A');
    await shell.undoButton.click();
    await expect
      .poll(async () => (await invoke(door.host, 'task/list', { planId: plan.id })).every((x) => x.raci.length === 0))
      .toBe(true);

    // The plan's level bands: with low up to 3, the 2×2 risk becomes medium; undo restores low.
    await risks.open();
    await page.getByTestId('band-low').fill('3');
    await page.getByTestId('band-save').click();
    await expect.poll(() => risks.position(risk.id)).toEqual({ p: 2, i: 2, level: 'medium' });
    expect(await risks.cell(2, 2).getAttribute('data-level')).toBe('medium');
    await shell.undoButton.click();
    await expect.poll(() => risks.position(risk.id)).toEqual({ p: 2, i: 2, level: 'low' });
    expect(door.session.pageErrors).toEqual([]);
  });
});
