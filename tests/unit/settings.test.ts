import { describe, expect, it } from 'vitest';
import { changeSettings, defaultSettings, readSettings, validateSettings } from '@/core/settings';

describe('settings', () => {
  it('has the documented defaults', () => {
    expect(defaultSettings).toMatchObject({
      intervalMinutes: 45,
      naturalBreakMinutes: 5,
      dailyGoal: 3,
      snoozeMinutes: 5,
      snoozeCap: 3,
      headsUp: false,
      presenceMode: 'browser',
      workDays: [1, 2, 3, 4, 5],
    });
  });

  it.each([
    ['intervalMinutes', 29, 'errorInterval'],
    ['intervalMinutes', 61, 'errorInterval'],
    ['intervalMinutes', 45.5, 'errorInterval'],
    ['intervalMinutes', Number.NaN, 'errorInterval'],
    ['intervalMinutes', '45', 'errorInterval'],
    ['dailyGoal', 0, 'errorDailyGoal'],
    ['dailyGoal', 9, 'errorDailyGoal'],
    ['naturalBreakMinutes', 1, 'errorNaturalBreak'],
    ['naturalBreakMinutes', 16, 'errorNaturalBreak'],
    ['snoozeMinutes', 7, 'errorSnooze'],
    ['workDays', [], 'errorWorkDays'],
    ['workEndMinute', 60, 'errorWorkHours'],
    ['variedMaxMinutes', 31, 'errorVariedRange'],
  ])('refuses %s = %j with %s', (key, value, message) => {
    const result = changeSettings(defaultSettings, { [key]: value });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[key as keyof typeof result.errors]).toBe(message);
  });

  it.each([
    ['intervalMinutes', 30],
    ['intervalMinutes', 60],
    ['dailyGoal', 1],
    ['dailyGoal', 8],
  ])('accepts %s = %j', (key, value) => {
    const result = changeSettings(defaultSettings, { [key]: value });
    expect(result.ok && result.settings[key as 'dailyGoal']).toBe(value);
  });

  it('drops unknown keys', () => {
    const result = validateSettings({ intervalMinutes: 40, evil: 1 });
    expect(result.ok && 'evil' in result.settings).toBe(false);
  });

  it('reads stored settings leniently, reporting the fields it reset', () => {
    const { settings, rejected } = readSettings({ intervalMinutes: 999, dailyGoal: 4 });
    expect(settings.intervalMinutes).toBe(45);
    expect(settings.dailyGoal).toBe(4);
    expect(rejected).toEqual(['intervalMinutes']);
    expect(readSettings('garbage').rejected).toEqual(['*']);
    expect(readSettings(undefined)).toEqual({ settings: defaultSettings, rejected: [] });
  });
});

describe('settings salvaged field by field (#11.6)', () => {
  it('a conflict between working hours resets only those two fields', () => {
    const { settings, rejected } = readSettings({
      intervalMinutes: 33,
      dailyGoal: 5,
      workStartMinute: 19 * 60,
      workEndMinute: 8 * 60,
    });
    expect(settings).toMatchObject({
      intervalMinutes: 33,
      dailyGoal: 5,
      workStartMinute: defaultSettings.workStartMinute,
      workEndMinute: defaultSettings.workEndMinute,
    });
    expect(rejected).toEqual(['workStartMinute', 'workEndMinute']);
  });

  it('an upside-down varied range resets only its two fields', () => {
    const { settings, rejected } = readSettings({
      intervalMode: 'varied',
      variedMinMinutes: 58,
      variedMaxMinutes: 31,
      snoozeCap: 1,
    });
    expect(settings).toMatchObject({
      intervalMode: 'varied',
      snoozeCap: 1,
      variedMinMinutes: 35,
      variedMaxMinutes: 55,
    });
    expect(rejected).toEqual(['variedMinMinutes', 'variedMaxMinutes']);
  });

  it('stretch filters that leave too few moves reset only the filters', () => {
    const { settings, rejected } = readSettings({
      seatedOnly: true,
      chairRolls: true,
      dailyGoal: 2,
    });
    expect(settings).toMatchObject({ seatedOnly: false, chairRolls: false, dailyGoal: 2 });
    expect(rejected).toEqual(['disabledStretches', 'seatedOnly', 'chairRolls', 'noKneeling']);
  });

  it('a change that breaks a rule names every field in it and is refused whole', () => {
    const result = changeSettings(defaultSettings, { workStartMinute: 19 * 60 });
    expect(result).toEqual({
      ok: false,
      errors: { workStartMinute: 'errorWorkHours', workEndMinute: 'errorWorkHours' },
    });
    expect(changeSettings(defaultSettings, { seatedOnly: true, chairRolls: true })).toMatchObject({
      ok: false,
      errors: { seatedOnly: 'errorTooFewMoves', chairRolls: 'errorTooFewMoves' },
    });
  });

  it('keeps no array shared with what it was given', () => {
    const stored = { workDays: [1, 2, 3] };
    const { settings } = readSettings(stored);
    stored.workDays.push(6);
    expect(settings.workDays).toEqual([1, 2, 3]);
  });
});
