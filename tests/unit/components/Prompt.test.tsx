// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { locale, useEnglish, useMessages } from './locale';
import { stretches } from '@/content/stretches';
import { safetyLine } from '@/content/safety';
import { Prompt } from '@/entrypoints/prompt/Prompt';
import { english, say } from '../texts';

const stretch = stretches.find((s) => s.perSide) ?? stretches[0]!;
const words = english(stretch);

function renderPrompt(over: Partial<Parameters<typeof Prompt>[0]> = {}) {
  const props = {
    stretch,
    locale: 'en',
    safetySeen: true,
    canSnooze: true,
    snoozeMinutes: 5,
    chimeOn: false,
    plan: '',
    afterCall: false,
    onAnswer: vi.fn(),
    onAnother: vi.fn(),
    onSafetySeen: vi.fn(),
    ...over,
  };
  render(<Prompt {...props} />);
  return props;
}

const button = (name: string) => screen.getByRole('button', { name });

describe('Prompt', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    useEnglish();
  });
  afterEach(() => {
    cleanup();
  });

  it('shows the stretch: name, illustration, steps, timer, safety line and the answers', async () => {
    renderPrompt();
    expect(screen.getByRole('heading', { level: 1, name: words.name })).toBeTruthy();
    expect(screen.getByRole('img', { name: words.alt })).toBeTruthy();
    for (const step of words.steps) expect(screen.getByText(step)).toBeTruthy();
    expect(button('Start timer')).toBeTruthy();
    expect(screen.getByText(say('en')(safetyLine), { exact: false })).toBeTruthy();
    for (const name of ['Done', 'Snooze', 'Skip', 'Another stretch'])
      expect(button(name)).toBeTruthy();
    // The main landmark is named by the stretch.
    expect(screen.getByRole('main', { name: words.name })).toBeTruthy();
    await waitFor(() => {
      expect(document.querySelector('.illustration svg')).not.toBeNull();
    });
  });

  it('starts with the focus on Done', () => {
    renderPrompt();
    expect(document.activeElement).toBe(button('Done'));
  });

  it.each([
    ['Enter', 'done'],
    ['s', 'snooze'],
    ['S', 'snooze'],
    ['Escape', 'skip'],
  ])('answers %s with %s', (key, answer) => {
    const { onAnswer } = renderPrompt();
    fireEvent.keyDown(document.body, { key });
    expect(onAnswer).toHaveBeenCalledTimes(1);
    expect(onAnswer).toHaveBeenCalledWith(answer);
  });

  it('leaves Enter to the focused button, and ignores keys with modifiers', () => {
    const { onAnswer } = renderPrompt();
    fireEvent.keyDown(button('Skip'), { key: 'Enter' });
    fireEvent.keyDown(document.body, { key: 's', ctrlKey: true });
    expect(onAnswer).not.toHaveBeenCalled();
    fireEvent.click(button('Skip'));
    expect(onAnswer).toHaveBeenCalledWith('skip');
  });

  it('answers from each button', () => {
    const { onAnswer, onAnother } = renderPrompt();
    fireEvent.click(button('Done'));
    fireEvent.click(button('Snooze'));
    fireEvent.click(button('Another stretch'));
    expect(vi.mocked(onAnswer).mock.calls).toEqual([['done'], ['snooze']]);
    expect(onAnother).toHaveBeenCalledTimes(1);
  });

  it('disables Snooze at the cap, says why, and ignores S', () => {
    const { onAnswer } = renderPrompt({ canSnooze: false });
    const snooze = button('Snooze') as HTMLButtonElement;
    expect(snooze.disabled).toBe(true);
    expect(screen.getByText('No snoozes left for this reminder')).toBeTruthy();
    expect(snooze.getAttribute('aria-describedby')).toBe('snooze-cap');
    fireEvent.keyDown(document.body, { key: 's' });
    expect(onAnswer).not.toHaveBeenCalled();
  });

  it('has every control as a focusable button, in reading order', () => {
    renderPrompt();
    const focusable = [
      ...document.querySelectorAll<HTMLElement>('button, summary, a[href], input, select'),
      // happy-dom gives <summary> tabIndex -1; browsers focus it natively.
    ].filter(
      (el) => !(el as HTMLButtonElement).disabled && (el.tabIndex >= 0 || el.tagName === 'SUMMARY'),
    );
    const names = focusable.map((el) => el.textContent.trim());
    // DOM order is visual order: the timer beside the illustration, then the
    // variants under the steps, then the answer bar.
    expect(names).toEqual([
      'Start timer',
      'Easier or harder',
      'Safety notes',
      'Done',
      'Snooze',
      'Skip',
      'Another stretch',
    ]);
    for (const el of focusable.filter((e) => e.tagName === 'BUTTON')) {
      expect(el.getAttribute('type')).toBe('button');
    }
    // Shortcuts are exposed to assistive technology.
    expect(button('Done').getAttribute('aria-keyshortcuts')).toBe('Enter');
    expect(button('Snooze').getAttribute('aria-keyshortcuts')).toBe('S');
    expect(button('Skip').getAttribute('aria-keyshortcuts')).toBe('Escape');
  });

  it('shows the safety notice first on first use; keys wait until it is accepted', async () => {
    const { onAnswer, onSafetySeen } = renderPrompt({ safetySeen: false });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Before you stretch' }),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Done' })).toBeNull();
    await waitFor(() => {
      expect(document.activeElement).toBe(button('I understand'));
    });
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(onAnswer).not.toHaveBeenCalled();
    fireEvent.click(button('I understand'));
    expect(onSafetySeen).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(button('Done'));
  });

  it('reopens the safety notes from the link', async () => {
    renderPrompt();
    fireEvent.click(button('Safety notes'));
    expect(await screen.findByRole('heading', { name: 'Before you stretch' })).toBeTruthy();
    fireEvent.click(button('I understand'));
    expect(document.activeElement).toBe(button('Done'));
  });

  it("shows the plan in the user's words, and nothing when there is none", () => {
    renderPrompt({ plan: 'When I come back from a call, I stretch my hips' });
    const plan = screen.getByText('When I come back from a call, I stretch my hips');
    expect(plan.tagName).toBe('Q');
    expect(plan.parentElement?.textContent).toBe(
      'Your plan: When I come back from a call, I stretch my hips',
    );
    expect(screen.queryByText(/After your call/)).toBeNull();
    cleanup();
    renderPrompt();
    expect(screen.queryByText(/Your plan/)).toBeNull();
  });

  it('says the stretch comes after a call, in English and Spanish', () => {
    renderPrompt({ afterCall: true });
    expect(screen.getByText(/^After your call/)).toBeTruthy();
    expect(screen.queryByText(/Your plan/)).toBeNull();
    cleanup();
    useMessages(locale('es'), 'es-ES');
    renderPrompt({ afterCall: true, plan: 'Estiro al colgar', locale: 'es' });
    expect(screen.getByText(/^Después de tu llamada/)).toBeTruthy();
    expect(screen.getByText('Estiro al colgar').parentElement?.textContent).toBe(
      'Tu plan: Estiro al colgar',
    );
  });

  it('shows the plan and the call only with the stretch, not over the safety notice', async () => {
    renderPrompt({ safetySeen: false, afterCall: true, plan: 'Stretch after calls' });
    await screen.findByRole('heading', { level: 1, name: 'Before you stretch' });
    expect(screen.queryByText('Stretch after calls')).toBeNull();
    fireEvent.click(button('I understand'));
    expect(screen.getByText('Stretch after calls')).toBeTruthy();
    expect(screen.getByText(/^After your call/)).toBeTruthy();
  });
});
