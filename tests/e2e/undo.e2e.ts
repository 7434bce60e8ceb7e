/**
 * Undo (issue #22): the last Done or Skip can be undone from the popup for
 * ten minutes. The event goes, and the streak, today's count and the badge
 * follow; no prompt opens again; after ten minutes the button is gone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hook, launch, promptPage, until, type Launched } from './harness';

interface HookState {
  events: { kind: string }[];
}

const MINUTE = 60_000;

async function answer(app: Launched, name: 'Done' | 'Skip') {
  const popup = await app.open('popup');
  await popup.getByRole('button', { name: 'Stretch now' }).click();
  await until(async () => promptPage(app.context) !== undefined, 10_000, 'the prompt');
  const prompt = promptPage(app.context)!;
  const closed = prompt.waitForEvent('close');
  await prompt.getByRole('button', { name, exact: true }).click();
  await closed;
  await popup.close();
}

describe('undo the last answer from the popup', () => {
  let app: Launched;
  beforeAll(async () => {
    app = await launch({ settings: { dailyGoal: 1 } });
  });
  afterAll(async () => {
    await app.close();
  });

  const events = async () => (await hook<HookState>(await app.worker(), 'state')).events;
  const badge = async () => (await app.worker()).evaluate(() => chrome.action.getBadgeText({}));

  it('takes back a Done: the streak, today and the badge follow, and nothing reopens', async () => {
    await answer(app, 'Done');
    await until(async () => (await badge()) === '1', 5000, 'the badge');
    const popup = await app.open('popup');
    await popup.getByText('1 of 1 today').waitFor();
    await popup.getByRole('button', { name: 'Undo the last Done' }).click();
    await popup.getByText('0 of 1 today').waitFor();
    expect(await popup.getByRole('button', { name: /^Undo/ }).count()).toBe(0);
    expect((await events()).filter((e) => e.kind === 'done')).toEqual([]);
    await until(async () => (await badge()) === '', 5000, 'the badge cleared');
    await new Promise((r) => setTimeout(r, 1000));
    expect(promptPage(app.context)).toBeUndefined();
    await popup.close();
  });

  it('takes back a Skip, and offers it for ten minutes only', async () => {
    await answer(app, 'Skip');
    let popup = await app.open('popup');
    await popup.getByRole('button', { name: 'Undo the last Skip' }).waitFor();
    await popup.close();
    await hook(await app.worker(), 'advance', 11 * MINUTE);
    popup = await app.open('popup');
    await popup.getByRole('button', { name: 'Stretch now' }).waitFor();
    expect(await popup.getByRole('button', { name: /^Undo/ }).count()).toBe(0);
    expect((await events()).filter((e) => e.kind === 'skipped')).toHaveLength(1);
  });
});
