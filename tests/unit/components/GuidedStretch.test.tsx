// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { locale, useEnglish, useMessages } from './locale';
import { SETUP_STEP_MS } from '@/components/guided';
import { GuidedStretch } from '@/components/GuidedStretch';
import { difficultyLabel, kindLabel, needLabel } from '@/components/MoveLabels';
import { MoveFigure } from '@/components/MoveFigure';
import { phasesOf, stepPhases } from '@/content/phases';
import { english } from '../texts';
import { stretchById, stretches } from '@/content/stretches';
import type { Difficulty, MoveKind, Need } from '@/content/types';

const kneeling = stretchById.get('half-kneeling-desk')!;

/** A media query list whose answer the test sets, and changes. */
function motionQuery(reduce: boolean) {
  const listeners = new Set<() => void>();
  const list = {
    matches: reduce,
    addEventListener: (_: string, f: () => void) => listeners.add(f),
    removeEventListener: (_: string, f: () => void) => listeners.delete(f),
  };
  return {
    query: () => list as unknown as MediaQueryList,
    set(value: boolean) {
      list.matches = value;
      for (const f of listeners) f();
    },
  };
}

/** Moves the fake clock (which the timer reads) and its interval forward. */
async function wait(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

const figureBox = () => screen.getByRole('img', { name: english(kneeling).alt });

describe('GuidedStretch', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    useEnglish();
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('labels the move: position, kind, difficulty, sides, and what it needs', () => {
    render(<GuidedStretch stretch={kneeling} locale="en" />);
    const chips = [...document.querySelectorAll('.chip')].map((c) => c.textContent);
    expect(chips).toEqual(['Kneeling', 'Stretch', 'Moderate', 'Each side']);
    expect(screen.getByText('You need a desk and something soft under the knee.')).toBeTruthy();
  });

  it('shows every caution without a click', () => {
    for (const s of stretches) {
      render(<GuidedStretch stretch={s} locale="en" />);
      const region = screen.getByRole('region', { name: 'Take care' });
      for (const c of english(s).cautions) {
        const item = screen.getByText(c);
        expect(region.contains(item), s.id).toBe(true);
        expect(item.closest('details'), s.id).toBeNull();
      }
      cleanup();
    }
  });

  it('asks where it was felt only once the session is over, and shows the easier version first when asked', () => {
    render(<GuidedStretch stretch={kneeling} locale="en" onFelt={vi.fn()} easierFirst />);
    expect(screen.queryByRole('group', { name: 'Where did you feel it?' })).toBeNull();
    const cautions = screen.getByRole('region', { name: 'Take care' });
    expect(cautions.textContent).toContain(english(kneeling).easier);
    expect(cautions.textContent).toContain('bothered your knee');
  });

  it('keeps every step, the cue and the variants one click away, never the cautions', () => {
    render(<GuidedStretch stretch={kneeling} locale="en" />);
    const list = document.getElementById('all-steps')!;
    expect(list.hidden).toBe(true);
    const toggle = screen.getByRole('button', { name: 'All steps' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(list.hidden).toBe(false);
    expect(
      screen.getByRole('button', { name: 'Hide the steps' }).getAttribute('aria-expanded'),
    ).toBe('true');
    const items = [...list.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual(english(kneeling).steps);
    expect(list.textContent).toContain(english(kneeling).cue);
    expect(list.textContent).toContain(english(kneeling).easier);
    expect(list.textContent).toContain(english(kneeling).harder);
    for (const c of english(kneeling).cautions) expect(list.textContent).not.toContain(c);
  });

  it('gives every move one phase per step, starting with getting into position', () => {
    for (const s of stretches) {
      const phases = stepPhases[s.id];
      expect(phases, s.id).toBeDefined();
      expect(phases, s.id).toHaveLength(s.steps);
      expect(phases?.[0], s.id).toBe('setup');
      expect(phases?.includes('hold'), s.id).toBe(true);
    }
  });

  it('guides the session: each set-up step in turn, the hold, the switch, the other side, the way out', async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const onFelt = vi.fn();
    render(
      <GuidedStretch stretch={kneeling} locale="en" clock={() => Date.now()} onFelt={onFelt} />,
    );
    const phases = phasesOf(kneeling.id, kneeling.steps);
    const shown = () => document.querySelector('.now-step')?.textContent;
    const phase = () => document.querySelector('.now-phase')?.textContent;
    const live = () => document.querySelector('.now [aria-live="polite"]')?.textContent;
    expect(phase()).toBe('Before you start');
    expect(shown()).toBe(english(kneeling).steps[0]);
    // Nothing is announced before the session starts.
    expect(live()).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Start timer' }));
    await wait(200);
    const setup = phases.flatMap((p, i) => (p === 'setup' ? [i] : []));
    for (const i of setup) {
      expect(phase()).toBe('Get into position');
      expect(shown()).toBe(english(kneeling).steps[i]);
      expect(live()).toBe(english(kneeling).steps[i]);
      await wait(SETUP_STEP_MS);
    }
    expect(phase()).toBe('Side 1');
    expect(shown()).toBe(english(kneeling).steps[phases.indexOf('hold')]);
    expect(figureBox().classList.contains('mirrored')).toBe(false);
    await wait(30_000);
    expect(phase()).toBe('Switch sides');
    // The kneeling move's way out is also the way to change sides.
    expect(shown()).toBe(english(kneeling).steps[phases.indexOf('after')]);
    expect(figureBox().classList.contains('mirrored')).toBe(true);
    await wait(kneeling.switchSeconds * 1000);
    expect(phase()).toBe('Side 2');
    await wait(30_000);
    expect(phase()).toBe('Finished');
    expect(shown()).toBe(english(kneeling).steps[phases.lastIndexOf('after')]);
    // Then one optional tap: where it was felt, which also answers Done.
    const question = screen.getByRole('group', { name: 'Where did you feel it?' });
    const answers = [...question.querySelectorAll('button')].map((b) => b.textContent);
    expect(answers).toEqual(['Front of the hip', 'Thigh', 'Lower back', 'Knee', 'Nothing much']);
    fireEvent.click(screen.getByRole('button', { name: 'Knee' }));
    expect(onFelt).toHaveBeenCalledWith('knee');
  });

  it.each([
    ['side-reach-lunge', 'Turn round so the desk is at your other side'],
    ['seated-side-quad', 'Turn or shift on the seat'],
    ['desk-split-stance', 'Change legs where you are'],
  ])('says how to change sides in %s, which has no step for it', async (id, words) => {
    vi.useFakeTimers({ now: 1_000_000 });
    const move = stretchById.get(id)!;
    render(<GuidedStretch stretch={move} locale="en" clock={() => Date.now()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Start timer' }));
    const setup = phasesOf(id, move.steps).filter((p) => p === 'setup').length;
    await wait(200 + setup * SETUP_STEP_MS + 30_000 + 500);
    expect(document.querySelector('.now-phase')?.textContent).toBe('Switch sides');
    expect(document.querySelector('.now-step')?.textContent).toContain(words);
  });

  it('pauses and resumes the session where it was', async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    render(<GuidedStretch stretch={kneeling} locale="en" clock={() => Date.now()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Start timer' }));
    await wait(SETUP_STEP_MS + 200);
    fireEvent.click(screen.getByRole('button', { name: 'Pause timer' }));
    const before = document.querySelector('.now-step')?.textContent;
    await wait(60_000);
    expect(document.querySelector('.now-step')?.textContent).toBe(before);
    expect(document.querySelector('.now-phase')?.textContent).toBe('Get into position');
    fireEvent.click(screen.getByRole('button', { name: 'Resume timer' }));
    await wait(SETUP_STEP_MS);
    expect(document.querySelector('.now-step')?.textContent).toBe(english(kneeling).steps[2]);
  });

  it('lets the user step through the steps by hand, until the session moves on', () => {
    render(<GuidedStretch stretch={kneeling} locale="en" />);
    const prev = screen.getByRole<HTMLButtonElement>('button', { name: 'Previous step' });
    const next = screen.getByRole<HTMLButtonElement>('button', { name: 'Next step' });
    expect(prev.disabled).toBe(true);
    fireEvent.click(next);
    fireEvent.click(next);
    expect(document.querySelector('.now-step')?.textContent).toBe(english(kneeling).steps[2]);
    expect(screen.getByLabelText('Step 3 of 5').textContent).toBe('3/5');
    for (let i = 0; i < 5; i++) fireEvent.click(next);
    expect(next.disabled).toBe(true);
    fireEvent.click(prev);
    expect(document.querySelector('.now-step')?.textContent).toBe(english(kneeling).steps[3]);
  });

  it('shows the figure as one image named by the alt text, its drawing hidden', async () => {
    render(<GuidedStretch stretch={kneeling} locale="en" />);
    const box = figureBox();
    await waitFor(() => {
      expect(box.querySelector('svg')).not.toBeNull();
    });
    expect(box.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(document.querySelectorAll('figure [role="img"]')).toHaveLength(1);
  });

  it.each(['en', 'es'] as const)('labels every kind, difficulty and need in %s', (lang) => {
    useMessages(locale(lang), lang);
    const kinds: MoveKind[] = ['stretch', 'mobility', 'activation'];
    const levels: Difficulty[] = ['easy', 'moderate', 'advanced'];
    const needs: Need[] = ['desk', 'wall', 'fixed-chair', 'soft-surface'];
    const labels = [
      ...kinds.map(kindLabel),
      ...levels.map(difficultyLabel),
      ...needs.map(needLabel),
    ];
    // t() answers the key itself for a missing message.
    expect(labels.filter((l) => /^(kind|difficulty|need)[A-Z]/.test(l) || l === '')).toEqual([]);
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe('MoveFigure', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    useEnglish();
  });
  afterEach(() => {
    cleanup();
  });

  it('moves, and stands still as soon as the user asks for reduced motion', async () => {
    const motion = motionQuery(false);
    render(
      <MoveFigure
        figure={kneeling.figure}
        label="A"
        mirrored={false}
        reducedMotion={motion.query}
      />,
    );
    const box = screen.getByRole('img', { name: 'A' });
    await waitFor(() => {
      expect(box.querySelectorAll('animate').length).toBeGreaterThan(0);
    });
    expect(box.dataset.motion).toBe('moving');
    await act(() => {
      motion.set(true);
    });
    await waitFor(() => {
      expect(box.dataset.motion).toBe('still');
    });
    expect(box.querySelector('svg')).not.toBeNull();
    expect(box.querySelectorAll('animate')).toHaveLength(0);
  });

  it('pauses and plays on request, and plays under reduced motion only when asked', async () => {
    const motion = motionQuery(true);
    render(
      <MoveFigure
        figure={kneeling.figure}
        label="A"
        mirrored={false}
        reducedMotion={motion.query}
      />,
    );
    const box = screen.getByRole('img', { name: 'A' });
    await waitFor(() => {
      expect(box.querySelector('svg')).not.toBeNull();
    });
    expect(box.querySelectorAll('animate')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Play the figure' }));
    await waitFor(() => {
      expect(box.querySelectorAll('animate').length).toBeGreaterThan(0);
    });
    expect(box.dataset.motion).toBe('moving');
    fireEvent.click(screen.getByRole('button', { name: 'Pause the figure' }));
    await waitFor(() => {
      expect(box.dataset.motion).toBe('still');
    });
    expect(screen.getByRole('button', { name: 'Play the figure' })).toBeTruthy();
  });

  it('starts still when reduced motion is already set', async () => {
    render(
      <MoveFigure
        figure={kneeling.figure}
        label="A"
        mirrored
        reducedMotion={motionQuery(true).query}
      />,
    );
    const box = screen.getByRole('img', { name: 'A' });
    await waitFor(() => {
      expect(box.querySelector('svg')).not.toBeNull();
    });
    expect(box.querySelectorAll('animate')).toHaveLength(0);
    expect(box.classList.contains('mirrored')).toBe(true);
  });
});
