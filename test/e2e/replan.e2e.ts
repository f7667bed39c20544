import { describe, expect, it } from 'vitest';
import { AppShell } from './pages/app-shell';
import { CalendarPage } from './pages/calendar';
import { PlansPage } from './pages/plans';
import { invoke } from './support/api';
import { useDoor } from './support/door';
import { typeDate } from './support/keyboard';
import { seedActivities, seedPlan } from './support/seed';

/** 突发调整: the hall closes for three days; the re-plan against the 定稿 moves the salon off them, undo puts all back. */
describe('re-plan a disruption (突发调整)', () => {
  const door = useDoor({ locale: 'zh-CN', viewport: { width: 1500, height: 950 } });

  it('close a venue for 3 days, propose, read the moves and why, apply, undo', async () => {
    const { host, session } = door;
    const page = session.page;
    const plan = await seedPlan(host, '三月会员档期', '2027-03-01', '2027-03-31');
    const hall = await invoke(host, 'resource/create', { name: '多功能厅', kind: 'venue', quantity: 1 });
    const onHall = [{ resourceId: hall.id, quantity: 1 }];
    await seedActivities(host, plan.id, [
      { title: '春季会员沙龙', type: 'salon', start: '2027-03-10', end: '2027-03-10', claims: onHall },
      { title: '会员手作课', type: 'salon', start: '2027-03-20', end: '2027-03-20', claims: onHall },
    ]);
    await invoke(host, 'baseline/freeze', { planId: plan.id, name: '2027年3月定稿', month: '2027-03' });

    const shell = new AppShell(page);
    await shell.open(host.url);
    await new PlansPage(page).open('三月会员档期');
    const calendar = new CalendarPage(page);
    await calendar.waitFor();
    expect(await calendar.titlesOn('2027-03-10')).toContain('春季会员沙龙');

    // The hall closes 9–11 March: the planner says so in 突发调整 and asks for a re-plan.
    await page.getByTestId('baselines-open').click();
    const panel = page.getByTestId('baselines-panel');
    const replan = panel.getByTestId('replan');
    await replan.getByTestId('replan-kind').selectOption('resource-closed');
    await replan.getByTestId('replan-resource').selectOption({ label: '多功能厅' });
    await typeDate(replan.getByTestId('replan-from'), '2027-03-09');
    await typeDate(replan.getByTestId('replan-to'), '2027-03-11');
    await replan.getByTestId('replan-propose').click();

    // One move, the salon, off the closed days, with the clash it avoids in its reason.
    const proposal = replan.getByTestId('replan-proposal');
    await proposal.waitFor();
    expect(await proposal.innerText()).toContain('需调整 1 项活动');
    const move = proposal.getByTestId('replan-move');
    expect(await move.count()).toBe(1);
    const text = await move.first().innerText();
    expect(text).toContain('春季会员沙龙');
    expect(text).toContain('2027-03-10 →');
    expect(text).toContain('不可用');
    const newDay = /→ (\d{4}-\d{2}-\d{2})/.exec(text)?.[1] ?? '';
    expect(['2027-03-09', '2027-03-10', '2027-03-11', '2027-03-20']).not.toContain(newDay);
    expect(newDay).toMatch(/^2027-03-/);

    // Apply: one edit; the salon shows on its new day, the header can undo it by name.
    await replan.getByTestId('replan-apply').click();
    await proposal.waitFor({ state: 'detached' });
    await expect.poll(() => calendar.titlesOn(newDay)).toContain('春季会员沙龙');
    expect(await calendar.titlesOn('2027-03-10')).not.toContain('春季会员沙龙');
    await expect.poll(() => shell.undoButton.getAttribute('title')).toContain('突发调整');

    // Undo takes the move and the closure back together.
    await panel.getByRole('button', { name: '关闭', exact: true }).first().click();
    await shell.undoButton.click();
    await expect.poll(() => calendar.titlesOn('2027-03-10')).toContain('春季会员沙龙');
    expect(await calendar.titlesOn(newDay)).not.toContain('春季会员沙龙');
    const resources = await invoke(host, 'resource/list', {});
    expect(resources.find((r) => r.id === hall.id)?.unavailableDates).toEqual([]);
  });
});
