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
