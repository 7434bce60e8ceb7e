// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useEnglish } from './locale';
import { HoldTimer } from '@/components/HoldTimer';

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

  it('holds each side, cues the switch, finishes and chimes once per side', async () => {
    const onHoldEnd = vi.fn();
    render(<HoldTimer holdSeconds={30} perSide onHoldEnd={onHoldEnd} clock={clock} />);
    expect(label()).toBe('Hold 30 seconds on each side');
    expect(screen.getByRole('img', { name: 'Hold 30 seconds on each side' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Start timer' }));
    await wait(1000);
    expect(label()).toBe('Side 1: 29 s left');
    expect(announced()).toBe('Side 1: 30 s left');
    await wait(10_000);
    expect(label()).toBe('Side 1: 19 s left');
    // The live region does not repeat every second.
    expect(announced()).toBe('Side 1: 30 s left');
    expect(onHoldEnd).not.toHaveBeenCalled();

    await wait(19_200);
    expect(label()).toBe('Switch sides');
    expect(announced()).toBe('Switch sides');
    expect(document.querySelector('.hold-timer')?.classList.contains('timer-switch')).toBe(true);
    expect(onHoldEnd).toHaveBeenCalledTimes(1);

    await wait(5000);
    expect(label()).toMatch(/^Side 2: (30|29) s left$/);
    expect(announced()).toBe('Side 2: 30 s left');
    expect(onHoldEnd).toHaveBeenCalledTimes(1);

    await wait(30_000);
    expect(label()).toBe('Hold complete. Nicely done.');
    expect(announced()).toBe('Hold complete. Nicely done.');
    expect(onHoldEnd).toHaveBeenCalledTimes(2);

    // Nothing more once finished.
    await wait(60_000);
    expect(onHoldEnd).toHaveBeenCalledTimes(2);
  });

  it('holds once for a two-sided move that is not per side, with one chime', async () => {
    const onHoldEnd = vi.fn();
    render(
      <HoldTimer holdSeconds={20} perSide={false} reps={8} onHoldEnd={onHoldEnd} clock={clock} />,
    );
    expect(label()).toBe('Hold for 20 seconds');
    expect(screen.getByText('About 8 slow reps')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start timer' }));
    await wait(5000);
    expect(label()).toBe('Hold: 15 s left');
    await wait(15_200);
    expect(label()).toBe('Hold complete. Nicely done.');
    expect(screen.queryByText('Switch sides')).toBeNull();
    expect(onHoldEnd).toHaveBeenCalledTimes(1);
  });

  it('restarts from the top, and chimes again', async () => {
    const onHoldEnd = vi.fn();
    render(<HoldTimer holdSeconds={10} perSide={false} onHoldEnd={onHoldEnd} clock={clock} />);
    fireEvent.click(screen.getByRole('button', { name: 'Start timer' }));
    await wait(10_200);
    expect(onHoldEnd).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Restart timer' }));
    await wait(1000);
    expect(label()).toBe('Hold: 9 s left');
    await wait(9_200);
    expect(onHoldEnd).toHaveBeenCalledTimes(2);
  });

  it('does not run before it is started', async () => {
    const onHoldEnd = vi.fn();
    render(<HoldTimer holdSeconds={5} perSide onHoldEnd={onHoldEnd} clock={clock} />);
    await wait(60_000);
    expect(label()).toBe('Hold 5 seconds on each side');
    expect(onHoldEnd).not.toHaveBeenCalled();
  });
});
