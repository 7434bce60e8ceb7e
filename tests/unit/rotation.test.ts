import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stretches } from '@/content/stretches';
import {
  eligible,
  noRepeatWindow,
  pickStretch,
  remember,
  type RotationPrefs,
} from '@/core/rotation';

const none: RotationPrefs = {
  disabledStretches: [],
  seatedOnly: false,
  chairRolls: false,
  noKneeling: false,
  favourites: [],
};

describe('rotation', () => {
  it('never repeats within the last min(5, choices − 1) prompts, for any choices', () => {
    const ids = stretches.map((s) => s.id);
    fc.assert(
      fc.property(
        fc.subarray(ids),
        fc.record({ seatedOnly: fc.boolean(), chairRolls: fc.boolean(), noKneeling: fc.boolean() }),
        fc.subarray(ids),
        fc.array(fc.double({ min: 0, max: 0.999999, noNaN: true }), {
          minLength: 1,
          maxLength: 60,
        }),
        (disabled, filters, favourites, draws) => {
          const prefs = { disabledStretches: disabled, ...filters, favourites };
          const pool = eligible(stretches, prefs);
          const window = noRepeatWindow(pool.length);
          let recent: string[] = [];
          for (const r of draws) {
            const chosen = pickStretch(stretches, recent, prefs, () => r);
            // Never a hidden one: when nothing is allowed, nothing is shown.
            if (pool.length === 0) {
              expect(chosen).toBeNull();
              continue;
            }
            expect(chosen).not.toBeNull();
            expect(recent.slice(0, window)).not.toContain(chosen!.id);
            expect(pool.map((s) => s.id)).toContain(chosen!.id);
            if (prefs.noKneeling) expect(chosen!.position).not.toBe('kneeling');
            if (prefs.chairRolls) expect(chosen!.needs).not.toContain('fixed-chair');
            recent = remember(recent, chosen!.id);
          }
        },
      ),
    );
  });

  it('honours seated-only', () => {
    const prefs = { ...none, seatedOnly: true };
    for (let i = 0; i < 20; i++) {
      expect(pickStretch(stretches, [], prefs, () => i / 20)?.position).toBe('seated');
    }
  });

  it('shows favourites more often', () => {
    const favourite = stretches[0]!.id;
    const prefs = { ...none, favourites: [favourite] };
    let hits = 0;
    const n = 2000;
    for (let i = 0; i < n; i++) {
      if (pickStretch(stretches, [], prefs, () => (i + 0.5) / n)?.id === favourite) hits += 1;
    }
    const expected = 3 / (stretches.length - 1 + 3);
    expect(hits / n).toBeCloseTo(expected, 2);
  });

  it('never shows a hidden stretch, even when nothing is allowed', () => {
    const prefs = { ...none, disabledStretches: stretches.map((s) => s.id) };
    expect(pickStretch(stretches, [], prefs, () => 0)).toBeNull();
    const seated = {
      ...none,
      seatedOnly: true,
      disabledStretches: stretches.filter((s) => s.position === 'seated').map((s) => s.id),
    };
    expect(pickStretch(stretches, [], seated, () => 0)).toBeNull();
  });

  it.each([
    [1, 0],
    [2, 1],
    [6, 5],
    [15, 5],
  ])('no-repeat window for %i choices is %i', (choices, window) => {
    expect(noRepeatWindow(choices)).toBe(window);
  });
});
