/**
 * What the organisation's policy (core/policy.ts) shows on a page: the
 * problems with it, together in one notice, and its message on the welcome
 * page. The message is plain text: Preact renders it as text, never markup.
 */
import type { PolicyProblem } from '@/core/policy';
import { isSettingKey, SETTING_LABELS } from '@/core/settings';
import { t } from '@/lib/i18n';

/** A policy field by the name the user knows, or by its name in the policy. */
function fieldName(field: string): string {
  return isSettingKey(field) ? t(SETTING_LABELS[field]) : field;
}

export function PolicyProblems({ problems }: { problems: readonly PolicyProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <div class="error policy-problems" role="alert">
      <p>{t('policyProblems')}</p>
      <ul>
        {problems.map((p) => (
          <li key={p.field}>{t('policyProblem', [fieldName(p.field), t(p.message)])}</li>
        ))}
      </ul>
    </div>
  );
}

export function OrgMessage({ text }: { text: string }) {
  if (!text) return null;
  return (
    <section class="org-message" aria-labelledby="h-org-message">
      <h2 id="h-org-message">{t('orgMessageTitle')}</h2>
      <p>{text}</p>
    </section>
  );
}
