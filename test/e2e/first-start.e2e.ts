import { describe, expect, it } from 'vitest';
import { AppShell } from './pages/app-shell';
import { TemplatesPage } from './pages/templates';
import { invoke } from './support/api';
import { useDoor } from './support/door';

const CARDS = ['member_campaign', 'retention', 'member_conference', 'city_promotion'];

/** Issue 15: a workspace without plans offers the four templates as cards and says how to import a plan file. */
describe('first start', () => {
  const door = useDoor({ locale: 'zh-CN', viewport: { width: 1366, height: 768 } });

  it('shows the four templates as cards and the plan-file import; a card opens its template and builds the plan', async () => {
    const page = door.session.page;
    await new AppShell(page).open(door.host.url);
    const first = page.getByTestId('first-start');
    await first.waitFor();
    for (const id of CARDS) await first.getByTestId(`template-card-${id}`).waitFor();
    expect(await first.getByTestId('first-start-import').isVisible()).toBe(true);
    expect(await first.innerText()).toContain('.dangqi');
    // The cards sit side by side at 1366 wide: one row of four, or two of two, never a column.
    const tops = await Promise.all(
      CARDS.map(async (id) => (await first.getByTestId(`template-card-${id}`).boundingBox())?.y ?? -1),
    );
    expect(new Set(tops.map((y) => Math.round(y))).size).toBeLessThanOrEqual(2);

    await first.getByTestId('template-card-retention').click();
    const templates = new TemplatesPage(page);
    await templates.dialog.waitFor();
    expect(await templates.option('retention').locator('input').isChecked()).toBe(true);
    await templates.build();
    await page.getByTestId('plan-view').waitFor();
    const plans = await invoke(door.host, 'plan/list', {});
    expect(plans).toHaveLength(1);
    expect(door.session.pageErrors).toEqual([]);
  });
});
