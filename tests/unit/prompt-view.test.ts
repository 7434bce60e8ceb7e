import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '@/content/catalog';
import { promptHash, promptView, readPromptHash, type PromptView } from '@/core/prompt-view';
import { LANGUAGES } from '@/core/languages';
import { defaultSettings } from '@/core/settings';

const views: fc.Arbitrary<PromptView> = fc.record({
  stretchId: fc.constantFrom(...catalog.map((c) => c.id)),
  language: fc.constantFrom('auto', ...LANGUAGES),
  theme: fc.constantFrom('system', 'light', 'dark'),
  safetySeen: fc.boolean(),
  snoozeMinutes: fc.constantFrom(5, 10),
  snoozeCap: fc.integer({ min: 0, max: 5 }),
  snoozes: fc.integer({ min: 0, max: 5 }),
  chime: fc.boolean(),
  // Any text the plan field accepts, including & = # and characters beyond ASCII.
  plan: fc.string({ maxLength: 140, unit: 'grapheme' }).map((t) => t.trim().slice(0, 140)),
  afterCall: fc.boolean(),
  easierFirst: fc.boolean(),
});

describe('the prompt view in the window address', () => {
  it('reads back exactly what was written', () => {
    fc.assert(
      fc.property(views, (view) => {
        expect(readPromptHash(`#${promptHash(view)}`)).toEqual(view);
        expect(readPromptHash(promptHash(view))).toEqual(view);
      }),
    );
  });

  it('takes its choices from the settings and the open cycle', () => {
    const settings = { ...defaultSettings, theme: 'dark' as const, snoozeCap: 2, chime: false };
    expect(promptView('seated-march', settings, false, 1)).toEqual({
      stretchId: 'seated-march',
      language: 'auto',
      theme: 'dark',
      safetySeen: false,
      snoozeMinutes: defaultSettings.snoozeMinutes,
      snoozeCap: 2,
      snoozes: 1,
      chime: false,
      plan: '',
      afterCall: false,
      easierFirst: false,
    });
  });

  it('is refused whole when any part is missing or out of range', () => {
    const good = promptHash(promptView('seated-march', defaultSettings, true, 0));
    const broken = [
      '',
      '#seated-march',
      good.replace('stretch=seated-march', 'stretch='),
      good.replace('stretch=seated-march', 'stretch=..%2Fpopup'),
      good.replace(/theme=\w+/, 'theme=blue'),
      good.replace('lang=auto', 'lang=xx'),
      good.replace('lang=auto', 'lang=..%2Fen'),
      good.replace('safety=seen', 'safety=maybe'),
      good.replace(/snooze=\d+/, 'snooze=7'),
      good.replace(/snoozes=[^&]+/, 'snoozes=1'),
      good.replace(/snoozes=[^&]+/, 'snoozes=-1%2F3'),
      good.replace(/snoozes=[^&]+/, 'snoozes=a%2Fb'),
      good.replace(/chime=\w+/, 'chime=loud'),
      good.replace(/&chime=\w+/, ''),
      good.replace(/call=\w+/, 'call=maybe'),
      good.replace(/plan=[^&]*/, `plan=${'x'.repeat(141)}`),
    ];
    for (const hash of broken) expect(readPromptHash(hash), hash).toBeNull();
    expect(readPromptHash(good)).not.toBeNull();
  });
});
