/**
 * The welcome page's form: every choice keeps its default (or what another
 * synced browser set) until Start, which sends the choices made here as one
 * change through the same validated path as options; a field left as it was
 * is not sent, so a change made in options while this tab was open stays
 * (#24, item 3). Nothing is saved before Start: a tab
 * closed without it leaves Unsit as installed.
 */
import { useState } from 'preact/hooks';
import type { SettingsFields } from '@/components/settings-fields';
import { firstStretch, type FirstStretch } from '@/core/first-stretch';
import type { SettingKey, Settings, SettingsErrors } from '@/core/settings';
import { now } from '@/lib/clock';
import { send } from '@/lib/messages';

/** The choices the welcome page shows, saved together on Start. */
export const WELCOME_CHOICES = [
  'intervalMinutes',
  'variedMinMinutes',
  'variedMaxMinutes',
  'workDays',
  'workStartMinute',
  'workEndMinute',
  'dailyGoal',
  'chairRolls',
  'noKneeling',
  'plan',
  'callsGuard',
] as const satisfies readonly SettingKey[];

export type StartState =
  | { kind: 'choosing' }
  | { kind: 'saving' }
  | { kind: 'refused' }
  /** Start did not reach the background: nothing was saved, it can be pressed again. */
  | { kind: 'lost' }
  | { kind: 'started'; first: FirstStretch; at: number };

export interface WelcomeForm extends SettingsFields {
  state: StartState;
  start: () => Promise<void>;
}

/** Errors without those a change answers: the field's own and any it shared a rule with. */
function answered(errors: SettingsErrors, key: SettingKey): SettingsErrors {
  const message = errors[key];
  return Object.fromEntries(
    Object.entries(errors).filter(([, m]) => message === undefined || m !== message),
  );
}

export function useWelcomeForm(
  initial: Settings,
  locked?: (key: SettingKey) => boolean,
): WelcomeForm {
  const [chosen, setChosen] = useState<Partial<Record<SettingKey, unknown>>>({});
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [state, setState] = useState<StartState>({ kind: 'choosing' });
  const shown = <K extends SettingKey>(key: K): Settings[K] =>
    (Object.hasOwn(chosen, key) ? chosen[key] : initial[key]) as Settings[K];

  async function start() {
    setState({ kind: 'saving' });
    // Only what was chosen here, and nothing the organisation set.
    const change = Object.fromEntries(
      WELCOME_CHOICES.filter((key) => Object.hasOwn(chosen, key) && !locked?.(key)).map((key) => [
        key,
        chosen[key],
      ]),
    );
    const sent = await send({ type: 'save-settings', change });
    if (!sent.delivered) {
      setState({ kind: 'lost' });
      return;
    }
    const result = sent.reply;
    setErrors(result.ok ? {} : result.errors);
    if (!result.ok) {
      setState({ kind: 'refused' });
      return;
    }
    if (!(await send({ type: 'safety-seen' })).delivered) {
      setState({ kind: 'lost' });
      return;
    }
    const at = now();
    setState({
      kind: 'started',
      first: firstStretch({ ...initial, ...chosen } as Settings, at),
      at,
    });
  }

  return {
    errors,
    shown,
    ...(locked ? { locked } : {}),
    change: (key, value) => {
      setChosen((c) => ({ ...c, [key]: value }));
      setErrors((e) => answered(e, key));
    },
    state,
    start,
  };
}
