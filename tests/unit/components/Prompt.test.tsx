// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
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
    // The step to follow now is shown large; the whole list is one click away.
    expect(document.querySelector('.now-step')?.textContent).toBe(words.steps[0]);
    const list = [...document.querySelectorAll('#all-steps li')].map((li) => li.textContent);
    expect(list).toEqual(words.steps);
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

  it('takes no focus when it opens: typing meant for another window presses nothing', () => {
    renderPrompt();
    expect(document.activeElement).toBe(document.body);
    renderPrompt({ safetySeen: false });
    expect(document.activeElement).toBe(document.body);
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
    // The accessible name: aria-label, or the text without what is hidden from it.
    const nameOf = (el: HTMLElement) => {
      const label = el.getAttribute('aria-label');
      if (label) return label;
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => {
        n.remove();
      });
      return copy.textContent.trim();
    };
    const names = focusable.map(nameOf);
    // DOM order is visual order: another stretch beside the name, the figure's
    // pause and the timer, the step controls, then the answer bar.
    expect(names).toEqual([
      'Another stretch',
      'Pause the figure',
      'Start timer',
      'Next step',
      'All steps',
      'Safety notes',
      'Done',
      'Snooze',
      'Skip',
    ]);
    for (const el of focusable.filter((e) => e.tagName === 'BUTTON')) {
      expect(el.getAttribute('type')).toBe('button');
    }
    // Shortcuts are exposed to assistive technology.
    expect(button('Done').getAttribute('aria-keyshortcuts')).toBe('Enter');
    expect(button('Snooze').getAttribute('aria-keyshortcuts')).toBe('S');
    expect(button('Skip').getAttribute('aria-keyshortcuts')).toBe('Escape');
  });

  it('on first use, shows the stretch with a banner for the safety notice, read in a dialog', async () => {
    const { onSafetySeen } = renderPrompt({ safetySeen: false });
    // The stretch is there from the start, with its answers.
    expect(screen.getByRole('heading', { level: 1, name: words.name })).toBeTruthy();
    expect(button('Done')).toBeTruthy();
    const banner = screen.getByRole('region', {
      name: 'First time? Please read the safety notice.',
    });
    expect(screen.queryByText('Safety notes')).toBeNull();
    fireEvent.click(button('Read it'));
    expect(await screen.findByRole('heading', { name: 'Before you stretch' })).toBeTruthy();
    const dialog = document.querySelector('dialog')!;
    fireEvent.click(within(dialog).getByRole('button', { name: 'I understand' }));
    await waitFor(() => {
      expect(onSafetySeen).toHaveBeenCalledTimes(1);
    });
    expect(banner.isConnected).toBe(false);
    expect(button('Safety notes')).toBeTruthy();
  });

  it('on first use, "I understand" in the banner is enough', () => {
    const { onSafetySeen } = renderPrompt({ safetySeen: false });
    fireEvent.click(button('I understand'));
    expect(onSafetySeen).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Read it' })).toBeNull();
  });

  it('reopens the safety notes from the link, in a dialog', async () => {
    renderPrompt();
    fireEvent.click(button('Safety notes'));
    expect(await screen.findByRole('heading', { name: 'Before you stretch' })).toBeTruthy();
    fireEvent.click(button('I understand'));
    await waitFor(() => {
      expect(document.querySelector('dialog')).toBeNull();
    });
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

  it('shows the plan and the call with the stretch on first use too', () => {
    renderPrompt({ safetySeen: false, afterCall: true, plan: 'Stretch after calls' });
    expect(screen.getByText('Stretch after calls')).toBeTruthy();
    expect(screen.getByText(/^After your call/)).toBeTruthy();
    expect(button('Read it')).toBeTruthy();
  });
});
