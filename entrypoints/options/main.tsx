import { render } from 'preact';
import './options.css';
import { settingsForPage } from '@/core/settings';
import { storedPolicy } from '@/core/policy';
import { read } from '@/lib/db';
import { t } from '@/lib/i18n';
import { applyTheme, preparePage } from '@/lib/page';
import { Options } from './Options';

async function main() {
  // The settings mirror the background keeps, as every page reads it.
  const [settings, reset, quarantine, policy] = await read([
    'settings',
    'settingsReset',
    'quarantine',
    'policy',
  ] as const);
  const s = settingsForPage(settings);
  await preparePage(s.language);
  applyTheme(s.theme);
  document.title = t('optionsTitle');
  const root = document.getElementById('app');
  if (root) {
    render(
      <Options
        initial={s}
        reset={reset ?? []}
        quarantine={quarantine ?? []}
        policy={storedPolicy(policy).policy}
      />,
      root,
    );
  }
}

void main();
