import { useEffect, useRef, useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import { SafetyNotice } from '@/components/SafetyNotice';
import { catalog } from '@/content/catalog';
import { parseImport, toCsv, toExportJson, type ImportMessage } from '@/core/export';
import { changeSettings, defaultSettings, type Settings } from '@/core/settings';
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

/**
 * Why an import was refused, in the UI language; the English reason when a
 * message is missing (t() then returns the key) or the background refused.
 */
function refusal({ reason, message }: { reason: string; message?: ImportMessage }): string {
  if (!message) return reason;
  const { key, substitutions, problem } = message;
  const what = problem && t(problem.key, problem.substitutions);
  if (problem && what === problem.key) return reason;
  const text = t(key, what === undefined ? substitutions : [...substitutions, what]);
  return text === key ? reason : text;
}

export function Options({ initial, rejected, quarantine }: Props) {
  const locale = contentLocale();
  const [settings, setSettings] = useState(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [saved, setSaved] = useState<string>('');
  const [dataMessage, setDataMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  // Bumped when stored settings are replaced, to re-create the uncontrolled fields.
  const [generation, setGeneration] = useState(0);
  const cancelDelete = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const deleteAsked = useRef(false);

  // "Saved." fades after a few seconds; the next change shows it again.
  useEffect(() => {
    if (!saved) return;
    const id = setTimeout(() => {
      setSaved('');
    }, 4000);
    return () => {
      clearTimeout(id);
    };
  }, [saved, settings]);

  // Keyboard focus follows the delete confirmation: onto Cancel when it
  // opens, back to "Delete all data…" when it closes.
  useEffect(() => {
    if (confirmDelete) {
      deleteAsked.current = true;
      cancelDelete.current?.focus();
    } else if (deleteAsked.current) {
      deleteButton.current?.focus();
    }
  }, [confirmDelete]);

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
    hint?: string,
  ) {
    const id = `field-${key}`;
    const error = errors[key];
    // A text field with a numeric keyboard rather than type="number": what the
    // user typed stays visible next to the message that explains it.
    const described = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean);
    return (
      <div class="field">
        <label for={id}>{label}</label>
        <input
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellcheck={false}
          size={6}
          defaultValue={String(settings[key])}
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={described.length > 0 ? described.join(' ') : undefined}
          onChange={(e: TargetedEvent<HTMLInputElement>) => {
            void save({ [key]: fromNumberField(e.currentTarget.value) });
          }}
        />
        {error && (
          <p id={`${id}-error`} class="error" role="alert">
            {t(error)}
          </p>
        )}
        {hint && (
          <p id={`${id}-hint`} class="hint">
            {hint}
          </p>
        )}
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
    // Parsed and validated here, whole, before anything is sent to be merged.
    const parsed = parseImport(await file.text());
    const result = parsed.ok
      ? await send({ type: 'import', events: parsed.events, days: parsed.days })
      : parsed;
    setDataMessage(
      result.ok
        ? { text: t('imported', String(result.added)), error: false }
        : { text: t('importRefused', refusal(result)), error: true },
    );
  }

  const hoursError = errors.workEndMinute ?? errors.workStartMinute;

  return (
    <main class="options">
      <header>
        <h1>{t('optionsTitle')}</h1>
        <p class="muted intro">{t('optionsIntro')}</p>
        {/* Fixed at the bottom of the window, so it shows beside any field. */}
        <p class="saved-toast" role="status">
          {saved}
        </p>
      </header>

      {rejected.length > 0 && (
        <p class="error" role="alert">
          {t('settingsReset', rejected.join(', '))}
        </p>
      )}

      <section key={`h-reminders-${generation}`} aria-labelledby="h-reminders">
        <h2 id="h-reminders">{t('sectionReminders')}</h2>
        {numberField('intervalMinutes', t('fieldInterval'), t('hintInterval'))}
        {select('intervalMode', t('fieldIntervalMode'), [
          ['fixed', t('intervalFixed')],
          ['varied', t('intervalVaried')],
        ])}
        {settings.intervalMode === 'varied' && (
          <div class="pair">
            {numberField('variedMinMinutes', t('fieldVariedMin'))}
            {numberField('variedMaxMinutes', t('fieldVariedMax'))}
          </div>
        )}
        {numberField('naturalBreakMinutes', t('fieldNaturalBreak'), t('hintNaturalBreak'))}
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
        {numberField('snoozeCap', t('fieldSnoozeCap'), t('hintSnoozeCap'))}
        {check('headsUp', t('fieldHeadsUp'))}
        {check('chime', t('fieldChime'))}
      </section>

      <section key={`h-hours-${generation}`} aria-labelledby="h-hours">
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
              aria-invalid={hoursError ? 'true' : 'false'}
              aria-describedby={hoursError ? 'field-hours-error' : undefined}
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
              aria-invalid={hoursError ? 'true' : 'false'}
              aria-describedby={hoursError ? 'field-hours-error' : undefined}
              onChange={(e: TargetedEvent<HTMLInputElement>) => {
                const m = fromTime(e.currentTarget.value);
                void save({ workEndMinute: m === 24 * 60 - 1 ? 24 * 60 : m });
              }}
            />
          </div>
        </div>
        {hoursError && (
          <p id="field-hours-error" class="error" role="alert">
            {t(hoursError)}
          </p>
        )}
      </section>

      <section key={`h-goal-${generation}`} aria-labelledby="h-goal">
        <h2 id="h-goal">{t('sectionGoal')}</h2>
        {numberField('dailyGoal', t('fieldDailyGoal'), t('hintDailyGoal'))}
      </section>

      <section key={`h-stretches-${generation}`} aria-labelledby="h-stretches">
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
            {catalog.map((s) => {
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

      <section key={`h-look-${generation}`} aria-labelledby="h-look">
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
        {/* Always in the page, so screen readers announce what appears in it. */}
        <p class={dataMessage?.error ? 'error' : 'saved'} role="status">
          {dataMessage?.text}
        </p>
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
                    // Settings are back to their defaults: show them.
                    setSettings(defaultSettings);
                    applyTheme(defaultSettings.theme);
                    setErrors({});
                    setGeneration((g) => g + 1);
                    setConfirmDelete(false);
                    setDataMessage({ text: t('deleted'), error: false });
                  })
                }
              >
                {t('deleteYes')}
              </button>
              <button
                ref={cancelDelete}
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
              ref={deleteButton}
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

      <SafetyNotice locale={locale} />
    </main>
  );
}
