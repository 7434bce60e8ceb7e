import { useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import { SafetyNotice } from '@/components/SafetyNotice';
import { stretches } from '@/content/stretches';
import { toCsv, toExportJson } from '@/core/export';
import { changeSettings, type Settings } from '@/core/settings';
import { summarize } from '@/core/streaks';
import { dayKey } from '@/core/days';
import { now } from '@/lib/clock';
import { read, type QuarantineEntry } from '@/lib/db';
import { contentLocale, t } from '@/lib/i18n';
import { send } from '@/lib/messages';
import { applyTheme } from '@/lib/page';

interface Props {
  initial: Settings;
  rejected: string[];
  quarantine: QuarantineEntry[];
}

type Errors = Partial<Record<keyof Settings, string>>;

const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

function weekdayName(day: number, locale: string): string {
  // 2024-01-07 was a Sunday.
  return new Date(2024, 0, 7 + day).toLocaleDateString(locale, { weekday: 'long' });
}

function toTime(minute: number): string {
  const m = Math.min(minute, 24 * 60 - 1);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** "HH:MM" from a time input to minutes after midnight; NaN when empty or malformed. */
export function fromTime(value: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  if (!match) return Number.NaN;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** A number field's text as a number; anything that is not a plain number is NaN. */
export function fromNumberField(value: string): number {
  const trimmed = value.trim();
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}

export function Options({ initial, rejected, quarantine }: Props) {
  const locale = contentLocale();
  const [settings, setSettings] = useState(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [saved, setSaved] = useState<string>('');
  const [dataMessage, setDataMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);

  async function save(change: Partial<Settings>) {
    const keys = Object.keys(change) as (keyof Settings)[];
    const local = changeSettings(settings, change);
    if (!local.ok) {
      setErrors((e) => ({ ...e, ...local.errors }));
      setSaved('');
      return;
    }
    const result = await send({ type: 'save-settings', change });
    if (!result.ok) {
      setErrors((e) => ({ ...e, ...result.errors }));
      setSaved('');
      return;
    }
    // A range check on one field clears when the other side is fixed.
    const cleared = new Set<string>([...keys, 'workEndMinute', 'variedMaxMinutes']);
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !cleared.has(k))));
    setSettings(local.settings);
    if (change.theme) applyTheme(change.theme);
    setSaved(t('saved'));
  }

  function numberField(
    key:
      | 'intervalMinutes'
      | 'variedMinMinutes'
      | 'variedMaxMinutes'
      | 'naturalBreakMinutes'
      | 'dailyGoal'
      | 'snoozeCap',
    label: string,
    min: number,
    max: number,
    hint?: string,
  ) {
    const id = `field-${key}`;
    const error = errors[key];
    return (
      <div class="field">
        <label for={id}>{label}</label>
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          defaultValue={String(settings[key])}
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={`${id}-msg`}
          onChange={(e: TargetedEvent<HTMLInputElement>) => {
            void save({ [key]: fromNumberField(e.currentTarget.value) });
          }}
        />
        <p id={`${id}-msg`} class={error ? 'error' : 'hint'} role={error ? 'alert' : undefined}>
          {error ? t(error) : hint}
        </p>
      </div>
    );
  }

  function check(key: 'headsUp' | 'chime' | 'seatedOnly', label: string) {
    return (
      <div class="check">
        <input
          id={`field-${key}`}
          type="checkbox"
          checked={settings[key]}
          onChange={(e: TargetedEvent<HTMLInputElement>) =>
            void save({ [key]: e.currentTarget.checked })
          }
        />
        <label for={`field-${key}`}>{label}</label>
      </div>
    );
  }

  function select<K extends 'intervalMode' | 'presenceMode' | 'promptStyle' | 'theme'>(
    key: K,
    label: string,
    options: [Settings[K], string][],
  ) {
    return (
      <div class="field">
        <label for={`field-${key}`}>{label}</label>
        <select
          id={`field-${key}`}
          value={settings[key]}
          onChange={(e: TargetedEvent<HTMLSelectElement>) =>
            void save({ [key]: e.currentTarget.value })
          }
        >
          {options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      </div>
    );
  }

  async function exportData(kind: 'json' | 'csv') {
    const [events, days] = await read(['events', 'days'] as const);
    const at = now();
    const stamp = dayKey(at);
    if (kind === 'json') {
      download(
        `unsit-history-${stamp}.json`,
        'application/json',
        toExportJson(events ?? [], days ?? {}, at),
      );
    } else {
      const summary = summarize(days ?? {}, stamp, { todayGoal: settings.dailyGoal });
      download(`unsit-days-${stamp}.csv`, 'text/csv', toCsv(days ?? {}, summary.freezesUsed));
    }
    setDataMessage({ text: t('exported'), error: false });
  }

  async function importFile(file: File | undefined) {
    if (!file) return;
    const text = await file.text();
    const result = await send({ type: 'import', text });
    setDataMessage(
      result.ok
        ? { text: t('imported', String(result.added)), error: false }
        : { text: t('importRefused', result.reason), error: true },
    );
  }

  return (
    <main class="options">
      <header>
        <h1>{t('optionsTitle')}</h1>
        <p class="muted">{t('optionsIntro')}</p>
        <p class="saved" role="status">
          {saved}
        </p>
      </header>

      {rejected.length > 0 && (
        <p class="error" role="alert">
          {t('settingsReset', rejected.join(', '))}
        </p>
      )}

      <section aria-labelledby="h-reminders">
        <h2 id="h-reminders">{t('sectionReminders')}</h2>
        {numberField('intervalMinutes', t('fieldInterval'), 30, 60, t('hintInterval'))}
        {select('intervalMode', t('fieldIntervalMode'), [
          ['fixed', t('intervalFixed')],
          ['varied', t('intervalVaried')],
        ])}
        {settings.intervalMode === 'varied' && (
          <div class="pair">
            {numberField('variedMinMinutes', t('fieldVariedMin'), 30, 60)}
            {numberField('variedMaxMinutes', t('fieldVariedMax'), 30, 60)}
          </div>
        )}
        {numberField('naturalBreakMinutes', t('fieldNaturalBreak'), 2, 15, t('hintNaturalBreak'))}
        {select('presenceMode', t('fieldPresence'), [
          ['browser', t('presenceBrowser')],
          ['computer', t('presenceComputer')],
        ])}
        {select('promptStyle', t('fieldPromptStyle'), [
          ['window', t('promptWindow')],
          ['notification', t('promptNotification')],
        ])}
        <div class="field">
          <label for="field-snoozeMinutes">{t('fieldSnooze')}</label>
          <select
            id="field-snoozeMinutes"
            value={String(settings.snoozeMinutes)}
            onChange={(e: TargetedEvent<HTMLSelectElement>) =>
              void save({ snoozeMinutes: Number(e.currentTarget.value) as 5 | 10 })
            }
          >
            <option value="5">{t('minutes', '5')}</option>
            <option value="10">{t('minutes', '10')}</option>
          </select>
        </div>
        {numberField('snoozeCap', t('fieldSnoozeCap'), 0, 5)}
        {check('headsUp', t('fieldHeadsUp'))}
        {check('chime', t('fieldChime'))}
      </section>

      <section aria-labelledby="h-hours">
        <h2 id="h-hours">{t('sectionHours')}</h2>
        <fieldset class="days">
          <legend>{t('fieldWorkDays')}</legend>
          {WEEK_ORDER.map((d) => (
            <div class="check" key={d}>
              <input
                id={`day-${d}`}
                type="checkbox"
                checked={settings.workDays.includes(d)}
                onChange={(e: TargetedEvent<HTMLInputElement>) => {
                  const on = e.currentTarget.checked;
                  const days = on
                    ? [...settings.workDays, d].sort()
                    : settings.workDays.filter((x) => x !== d);
                  void save({ workDays: days });
                  if (!on && days.length === 0) e.currentTarget.checked = true;
                }}
              />
              <label for={`day-${d}`}>{weekdayName(d, locale)}</label>
            </div>
          ))}
          {errors.workDays && (
            <p class="error" role="alert">
              {t(errors.workDays)}
            </p>
          )}
        </fieldset>
        <div class="pair">
          <div class="field">
            <label for="field-workStart">{t('fieldWorkStart')}</label>
            <input
              id="field-workStart"
              type="time"
              defaultValue={toTime(settings.workStartMinute)}
              onChange={(e: TargetedEvent<HTMLInputElement>) =>
                void save({ workStartMinute: fromTime(e.currentTarget.value) })
              }
            />
          </div>
          <div class="field">
            <label for="field-workEnd">{t('fieldWorkEnd')}</label>
            <input
              id="field-workEnd"
              type="time"
              defaultValue={toTime(settings.workEndMinute)}
              aria-describedby="field-workEnd-msg"
              onChange={(e: TargetedEvent<HTMLInputElement>) => {
                const m = fromTime(e.currentTarget.value);
                void save({ workEndMinute: m === 24 * 60 - 1 ? 24 * 60 : m });
              }}
            />
          </div>
        </div>
        <p
          id="field-workEnd-msg"
          class={errors.workEndMinute || errors.workStartMinute ? 'error' : 'hint'}
        >
          {errors.workEndMinute || errors.workStartMinute
            ? t(errors.workEndMinute ?? errors.workStartMinute ?? '')
            : ''}
        </p>
      </section>

      <section aria-labelledby="h-goal">
        <h2 id="h-goal">{t('sectionGoal')}</h2>
        {numberField('dailyGoal', t('fieldDailyGoal'), 1, 8, t('hintDailyGoal'))}
      </section>

      <section aria-labelledby="h-stretches">
        <h2 id="h-stretches">{t('sectionStretches')}</h2>
        {check('seatedOnly', t('fieldSeatedOnly'))}
        <table class="stretch-table">
          <thead>
            <tr>
              <th scope="col">{t('colStretch')}</th>
              <th scope="col">{t('colEnabled')}</th>
              <th scope="col">{t('colFavourite')}</th>
            </tr>
          </thead>
          <tbody>
            {stretches.map((s) => {
              const enabled = !settings.disabledStretches.includes(s.id);
              const favourite = settings.favourites.includes(s.id);
              const name = s.name[locale];
              return (
                <tr key={s.id}>
                  <th scope="row">
                    {name} <span class="muted">· {t(`position_${s.position}`)}</span>
                  </th>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('enableStretch', name)}
                      checked={enabled}
                      onChange={() =>
                        void save({
                          disabledStretches: enabled
                            ? [...settings.disabledStretches, s.id]
                            : settings.disabledStretches.filter((x) => x !== s.id),
                        })
                      }
                    />
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('favouriteStretch', name)}
                      checked={favourite}
                      onChange={() =>
                        void save({
                          favourites: favourite
                            ? settings.favourites.filter((x) => x !== s.id)
                            : [...settings.favourites, s.id],
                        })
                      }
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="h-look">
        <h2 id="h-look">{t('sectionLook')}</h2>
        {select('theme', t('fieldTheme'), [
          ['system', t('themeSystem')],
          ['light', t('themeLight')],
          ['dark', t('themeDark')],
        ])}
      </section>

      <section aria-labelledby="h-data">
        <h2 id="h-data">{t('sectionData')}</h2>
        <p class="muted">{t('dataIntro')}</p>
        <div class="row">
          <button type="button" class="btn" onClick={() => void exportData('json')}>
            {t('exportJson')}
          </button>
          <button type="button" class="btn" onClick={() => void exportData('csv')}>
            {t('exportCsv')}
          </button>
        </div>
        <div class="field">
          <label for="field-import">{t('fieldImport')}</label>
          <input
            id="field-import"
            type="file"
            accept="application/json,.json"
            onChange={(e: TargetedEvent<HTMLInputElement>) => {
              void importFile(e.currentTarget.files?.[0]);
              e.currentTarget.value = '';
            }}
          />
        </div>
        {dataMessage && (
          <p
            class={dataMessage.error ? 'error' : 'saved'}
            role={dataMessage.error ? 'alert' : 'status'}
          >
            {dataMessage.text}
          </p>
        )}
        {quarantine.length > 0 && (
          <div class="quarantine" role="alert">
            <p>{t('quarantineIntro', String(quarantine.length))}</p>
            <ul>
              {quarantine.map((q) => (
                <li key={q.id}>
                  {q.key}: {q.reason} ({new Date(q.at).toLocaleString(locale)})
                </li>
              ))}
            </ul>
          </div>
        )}
        <div class="danger">
          {confirmDelete ? (
            <div class="row" role="group" aria-label={t('deleteConfirmTitle')}>
              <p>{t('deleteConfirm')}</p>
              <button
                type="button"
                class="btn btn-danger"
                onClick={() =>
                  void send({ type: 'delete-all' }).then(() => {
                    setConfirmDelete(false);
                    setDataMessage({ text: t('deleted'), error: false });
                  })
                }
              >
                {t('deleteYes')}
              </button>
              <button
                type="button"
                class="btn"
                onClick={() => {
                  setConfirmDelete(false);
                }}
              >
                {t('cancel')}
              </button>
            </div>
          ) : (
            <button
              type="button"
              class="btn btn-danger"
              onClick={() => {
                setConfirmDelete(true);
              }}
            >
              {t('deleteAll')}
            </button>
          )}
        </div>
      </section>

      <section aria-labelledby="safety-title">
        <SafetyNotice locale={locale} />
      </section>
    </main>
  );
}
