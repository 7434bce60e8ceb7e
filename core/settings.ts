import * as v from 'valibot';

/**
 * The one settings schema: defaults, ranges, the derived type and the
 * messages shown next to a refused field. Messages are i18n keys
 * (`_locales/<lang>/messages.json`) with their substitutions.
 */

const int = (min: number, max: number, message: string) =>
  v.pipe(v.number(message), v.integer(message), v.minValue(min, message), v.maxValue(max, message));

const minuteOfDay = v.pipe(
  v.number('errorTime'),
  v.integer('errorTime'),
  v.minValue(0, 'errorTime'),
  v.maxValue(24 * 60, 'errorTime'),
);

export const SettingsSchema = v.pipe(
  v.object({
    /** Minutes of continuous browsing before a stretch is due. */
    intervalMinutes: v.optional(int(30, 60, 'errorInterval'), 45),
    /** "varied" draws each cycle's interval inside [variedMin, variedMax]. */
    intervalMode: v.optional(v.picklist(['fixed', 'varied'], 'errorChoice'), 'fixed'),
    variedMinMinutes: v.optional(int(30, 60, 'errorInterval'), 35),
    variedMaxMinutes: v.optional(int(30, 60, 'errorInterval'), 55),
    /** Away at least this long counts as a natural break. */
    naturalBreakMinutes: v.optional(int(2, 15, 'errorNaturalBreak'), 5),
    /** "browser": idle state and browser focus; "computer": idle state only. */
    presenceMode: v.optional(v.picklist(['browser', 'computer'], 'errorChoice'), 'browser'),
    /** Days of the week (0 = Sunday) on which Unsit prompts. */
    workDays: v.optional(
      v.pipe(
        v.array(
          v.pipe(
            v.number('errorWorkDays'),
            v.integer('errorWorkDays'),
            v.minValue(0, 'errorWorkDays'),
            v.maxValue(6, 'errorWorkDays'),
          ),
          'errorWorkDays',
        ),
        v.minLength(1, 'errorWorkDays'),
      ),
      [1, 2, 3, 4, 5],
    ),
    /** Working hours as minutes after local midnight; start < end. */
    workStartMinute: v.optional(minuteOfDay, 8 * 60),
    workEndMinute: v.optional(minuteOfDay, 18 * 60),
    dailyGoal: v.optional(int(1, 8, 'errorDailyGoal'), 3),
    snoozeMinutes: v.optional(v.picklist([5, 10], 'errorSnooze'), 5),
    snoozeCap: v.optional(int(0, 5, 'errorSnoozeCap'), 3),
    headsUp: v.optional(v.boolean(), false),
    chime: v.optional(v.boolean(), true),
    promptStyle: v.optional(v.picklist(['window', 'notification'], 'errorChoice'), 'window'),
    disabledStretches: v.optional(v.array(v.string()), []),
    seatedOnly: v.optional(v.boolean(), false),
    favourites: v.optional(v.array(v.string()), []),
    theme: v.optional(v.picklist(['system', 'light', 'dark'], 'errorChoice'), 'system'),
  }),
  v.forward(
    v.check((s) => s.workStartMinute < s.workEndMinute, 'errorWorkHours'),
    ['workEndMinute'],
  ),
  v.forward(
    v.check((s) => s.variedMinMinutes <= s.variedMaxMinutes, 'errorVariedRange'),
    ['variedMaxMinutes'],
  ),
);

export type Settings = v.InferOutput<typeof SettingsSchema>;
export type SettingsInput = v.InferInput<typeof SettingsSchema>;

export const defaultSettings: Settings = v.parse(SettingsSchema, {});

export type SettingsResult =
  { ok: true; settings: Settings } | { ok: false; errors: Partial<Record<keyof Settings, string>> };

/** Validates a whole settings object; unknown keys are dropped. */
export function validateSettings(input: unknown): SettingsResult {
  const result = v.safeParse(SettingsSchema, input);
  if (result.success) return { ok: true, settings: result.output };
  const errors: Partial<Record<keyof Settings, string>> = {};
  for (const issue of result.issues) {
    const key = issue.path?.[0]?.key;
    if (typeof key === 'string' && !(key in errors)) {
      errors[key as keyof Settings] = issue.message;
    }
  }
  return { ok: false, errors };
}

/** Applies a change to valid settings, refusing it whole when any field is invalid. */
export function changeSettings(current: Settings, change: Partial<Settings>): SettingsResult {
  return validateSettings({ ...current, ...change });
}

/**
 * Reads stored settings leniently: each field that fails validation falls back
 * to its default, and the names of those fields are reported.
 */
export function readSettings(stored: unknown): { settings: Settings; rejected: string[] } {
  if (typeof stored !== 'object' || stored === null) {
    return { settings: defaultSettings, rejected: stored == null ? [] : ['*'] };
  }
  const first = validateSettings(stored);
  if (first.ok) return { settings: first.settings, rejected: [] };
  const rejected = Object.keys(first.errors);
  const cleaned = Object.fromEntries(
    Object.entries(stored as Record<string, unknown>).filter(([key]) => !rejected.includes(key)),
  );
  const second = validateSettings(cleaned);
  return { settings: second.ok ? second.settings : defaultSettings, rejected };
}
