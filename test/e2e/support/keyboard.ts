import type { Locator } from 'playwright-core';

type Order = 'ymd' | 'mdy' | 'dmy';
const ORDERS: readonly Order[] = ['mdy', 'ymd', 'dmy'];

/**
 * Types a date into a native <input type="date"> the way a person does: click its first segment,
 * then type the digits; Chromium moves to the next segment once one is complete. The segment
 * order follows Chromium's own UI locale (headless Debian Chromium shows mm/dd/yyyy even for a
 * zh-CN page), so each order is tried and the value read back until the input holds the date.
 */
export async function typeDate(input: Locator, isoDay: string): Promise<void> {
  if ((await input.getAttribute('type')) === 'text') {
    // The app's DateInput (the UI language's format): a person selects the text and types the date.
    await input.click();
    await input.press('ControlOrMeta+a');
    await input.pressSequentially(isoDay);
    if ((await input.inputValue()) === isoDay) return;
    throw new Error(`could not type ${isoDay} into the date field`);
  }
  const [y, m, d] = isoDay.split('-');
  const digits: Record<Order, string> = { ymd: `${y}${m}${d}`, mdy: `${m}${d}${y}`, dmy: `${d}${m}${y}` };
  for (const order of ORDERS) {
    const box = await input.boundingBox();
    if (!box) throw new Error('date input is not visible');
    // The first segment sits at the left edge, just inside the padding.
    await input.page().mouse.click(box.x + 14, box.y + box.height / 2);
    await input.page().keyboard.type(digits[order]);
    if ((await input.inputValue()) === isoDay) return;
    await input.fill(''); // wrong order for this Chromium: clear and try the next
  }
  throw new Error(`could not type ${isoDay} into the date input`);
}
