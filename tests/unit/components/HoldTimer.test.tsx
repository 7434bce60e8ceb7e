// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { locale, useEnglish, useMessages } from './locale';
import { HoldTimer } from '@/components/HoldTimer';
import { MoveSide, type SideState } from '@/components/move-side';
import type { Stretch } from '@/content/types';

type Move = Pick<Stretch, 'timer' | 'perSide' | 'switchSeconds'>;

/** Moves the fake clock (which the timer reads) and its interval forward. */
async function wait(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

const clock = () => Date.now();
/** What a sighted user reads: the label beside the ring. */
const label = () => document.querySelector('.timer-label')?.textContent;
/** What a screen reader is told, once per phase. */
const announced = () => document.querySelector('[aria-live="polite"]')?.textContent;
const big = () => document.querySelector('.timer-big')?.textContent;
const start = () => {
  fireEvent.click(screen.getByRole('button', { name: 'Start timer' }));
};

const kneelingHold: Move = {
  timer: { kind: 'hold', seconds: 30 },
  perSide: true,
  switchSeconds: 15,
};
const tilts: Move = {
  timer: { kind: 'reps', count: 8, secondsPerRep: 4 },
  perSide: false,
  switchSeconds: 0,
};
const circles: Move = {
  timer: { kind: 'reps', count: 4, secondsPerRep: 5 },
  perSide: true,
  switchSeconds: 6,
};
const walk: Move = { timer: { kind: 'time', seconds: 120 }, perSide: false, switchSeconds: 0 };

describe('HoldTimer', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    useEnglish();
    vi.useFakeTimers({ now: 1_000_000 });
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('holds each side, gives a kneeling move its long switch, finishes and chimes once per side', async () => {
    const onSideEnd = vi.fn();
    render(<HoldTimer move={kneelingHold} onSideEnd={onSideEnd} clock={clock} />);
    expect(label()).toBe('Hold 30 seconds on each side');
    expect(screen.getByRole('img', { name: 'Hold 30 seconds on each side' })).toBeTruthy();

    start();
    await wait(1000);
    expect(label()).toBe('Side 1: 29 s left');
    expect(announced()).toBe('Side 1: 30 s left');
    await wait(10_000);
    expect(label()).toBe('Side 1: 19 s left');
    // The live region does not repeat every second.
    expect(announced()).toBe('Side 1: 30 s left');

    await wait(19_200);
    expect(label()).toBe('Switch sides');
    expect(announced()).toBe('Switch sides');
    expect(big()).toBe('15');
    expect(onSideEnd).toHaveBeenCalledTimes(1);

    // Five seconds is not enough to get up and kneel on the other knee.
    await wait(5000);
    expect(label()).toBe('Switch sides');
    await wait(10_000);
    expect(label()).toMatch(/^Side 2: (30|29) s left$/);
    expect(announced()).toBe('Side 2: 30 s left');

    await wait(30_000);
    expect(label()).toBe('Hold complete. Nicely done.');
    expect(announced()).toBe('Hold complete. Nicely done.');
    expect(onSideEnd).toHaveBeenCalledTimes(2);

    await wait(60_000);
    expect(onSideEnd).toHaveBeenCalledTimes(2);
  });

  it('counts repetitions, and never says "hold"', async () => {
    const onSideEnd = vi.fn();
    render(<HoldTimer move={tilts} onSideEnd={onSideEnd} clock={clock} />);
    const seen = new Set<string>([label() ?? '']);
    expect(label()).toBe('8 slow repetitions');
    start();
    await wait(200);
    expect(label()).toBe('Repetition 1 of 8');
    expect(big()).toBe('1/8');
    expect(announced()).toBe('8 slow repetitions');
    for (let i = 0; i < 40; i++) {
      await wait(1000);
      seen.add(label() ?? '');
      seen.add(announced() ?? '');
    }
    expect(seen).toContain('Repetition 5 of 8');
    expect(label()).toBe('All repetitions done. Nicely done.');
    expect(onSideEnd).toHaveBeenCalledTimes(1);
    expect([...seen].filter((x) => /hold/i.test(x))).toEqual([]);
  });

  it('counts repetitions on each side', async () => {
    render(<HoldTimer move={circles} clock={clock} />);
    expect(label()).toBe('4 slow repetitions on each side');
    start();
    await wait(5200);
    expect(label()).toBe('Side 1: repetition 2 of 4');
    expect(announced()).toBe('Side 1: 4 slow repetitions');
    await wait(20_000);
    expect(label()).toBe('Switch sides');
    await wait(1000);
    expect(label()).toBe('Side 2: repetition 1 of 4');
    expect(announced()).toBe('Side 2: 4 slow repetitions');
  });

  it('counts movement time in minutes and seconds', async () => {
    const onSideEnd = vi.fn();
    render(<HoldTimer move={walk} onSideEnd={onSideEnd} clock={clock} />);
    expect(label()).toBe('Keep moving for 2:00');
    start();
    await wait(15_000);
    expect(label()).toBe('Keep moving: 1:45 left');
    expect(big()).toBe('1:45');
    expect(announced()).toBe('Keep moving for 2:00');
    await wait(105_200);
    expect(label()).toBe('Time is up. Nicely done.');
    expect(onSideEnd).toHaveBeenCalledTimes(1);
  });

  it('restarts from the top, and chimes again', async () => {
    const onSideEnd = vi.fn();
    const short: Move = { timer: { kind: 'hold', seconds: 10 }, perSide: false, switchSeconds: 0 };
    render(<HoldTimer move={short} onSideEnd={onSideEnd} clock={clock} />);
    start();
    await wait(10_200);
    expect(onSideEnd).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Restart timer' }));
    await wait(1000);
    expect(label()).toBe('Hold: 9 s left');
    await wait(9_200);
    expect(onSideEnd).toHaveBeenCalledTimes(2);
  });

  it('does not run before it is started', async () => {
    const onSideEnd = vi.fn();
    render(<HoldTimer move={kneelingHold} onSideEnd={onSideEnd} clock={clock} />);
    await wait(60_000);
    expect(label()).toBe('Hold 30 seconds on each side');
    expect(onSideEnd).not.toHaveBeenCalled();
  });

  it('tells the card the side: the second from the switch on, back to the first on a new run', async () => {
    const sides: SideState[] = [];
    render(
      <MoveSide.Provider value={(s) => sides.push(s)}>
        <HoldTimer move={circles} clock={clock} />
      </MoveSide.Provider>,
    );
    expect(sides.at(-1)?.side).toBe(1);
    start();
    await wait(20_200);
    expect(sides.at(-1)?.side).toBe(2);
    const run = sides.at(-1)?.run;
    await wait(30_000);
    fireEvent.click(screen.getByRole('button', { name: 'Restart timer' }));
    await wait(200);
    expect(sides.at(-1)?.side).toBe(1);
    expect(sides.at(-1)?.run).not.toBe(run);
  });

  it('speaks Spanish', async () => {
    useMessages(locale('es'), 'es');
    render(<HoldTimer move={tilts} clock={clock} />);
    expect(label()).toBe('8 repeticiones lentas');
    fireEvent.click(screen.getByRole('button', { name: 'Iniciar' }));
    await wait(4200);
    expect(label()).toBe('Repetición 2 de 8');
  });
});
