// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { locale, useEnglish, useMessages } from './locale';
import { HoldTimer } from '@/components/HoldTimer';
import { difficultyLabel, kindLabel, needLabel } from '@/components/MoveLabels';
import { MoveFigure } from '@/components/MoveFigure';
import { StretchCard } from '@/components/StretchCard';
import { stretchById, stretches } from '@/content/stretches';
import type { Difficulty, MoveKind, Need } from '@/content/types';
import { english } from '../texts';

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

const figureBox = () => screen.getByRole('img', { name: english(kneeling).alt });

describe('StretchCard', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    useEnglish();
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('labels the move: position, kind, difficulty, sides, and what it needs', () => {
    render(<StretchCard stretch={kneeling} locale="en" />);
    const chips = [...document.querySelectorAll('.chip')].map((c) => c.textContent);
    expect(chips).toEqual(['Kneeling', 'Stretch', 'Moderate', 'Each side']);
    expect(screen.getByText('You need a desk and something soft under the knee.')).toBeTruthy();
  });

  it('shows every caution without a click', () => {
    for (const s of stretches) {
      render(<StretchCard stretch={s} locale="en" />);
      const region = screen.getByRole('region', { name: 'Take care' });
      for (const c of english(s).cautions) {
        const item = screen.getByText(c);
        expect(region.contains(item), s.id).toBe(true);
        expect(item.closest('details'), s.id).toBeNull();
      }
      cleanup();
    }
  });

  it('keeps only the easier and harder versions behind the disclosure', () => {
    render(<StretchCard stretch={kneeling} locale="en" />);
    const details = document.querySelector('details')!;
    expect(details.querySelector('summary')?.textContent).toBe('Easier or harder');
    const words = english(kneeling);
    expect(details.textContent).toContain(words.easier);
    expect(details.textContent).toContain(words.harder);
    for (const c of words.cautions) expect(details.textContent).not.toContain(c);
  });

  it('shows the figure as one image named by the alt text, its drawing hidden', async () => {
    render(<StretchCard stretch={kneeling} locale="en" />);
    const box = figureBox();
    await waitFor(() => {
      expect(box.querySelector('svg')).not.toBeNull();
    });
    expect(box.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(document.querySelectorAll('[role="img"]')).toHaveLength(1);
  });

  it('mirrors the figure for the second side, and back for a restart', async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    render(
      <StretchCard stretch={kneeling} locale="en">
        <HoldTimer move={kneeling} clock={() => Date.now()} />
      </StretchCard>,
    );
    expect(figureBox().classList.contains('mirrored')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Start timer' }));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(30_200);
    });
    expect(figureBox().classList.contains('mirrored')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Restart timer' }));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(400);
    });
    expect(figureBox().classList.contains('mirrored')).toBe(false);
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
