import { LostMessage } from '@/components/LostMessage';
import { dateLocale, t } from '@/lib/i18n';
import { firstStretchText } from './first-stretch-text';
import type { WelcomeForm } from './welcome-form';

/**
 * Start, what it means, and then what happens: when the first stretch comes,
 * or that some choice needs a change (each says why beside its field).
 */
export function StartSection({ form }: { form: WelcomeForm }) {
  const { state } = form;
  let said = '';
  if (state.kind === 'refused') said = t('startFix');
  if (state.kind === 'started') said = firstStretchText(state.first, state.at, dateLocale());
  return (
    <div class="start">
      <p id="start-note" class="muted">
        {t('startNote')}
      </p>
      <button
        type="button"
        class="btn btn-primary"
        aria-describedby="start-note"
        disabled={state.kind === 'saving'}
        onClick={() => void form.start()}
      >
        {t('start')}
      </button>
      {/* Always in the page, so screen readers announce what appears in it. */}
      <p class={state.kind === 'refused' ? 'error' : 'started'} role="status">
        {said}
      </p>
      {state.kind === 'lost' && <LostMessage onRetry={() => void form.start()} />}
    </div>
  );
}
