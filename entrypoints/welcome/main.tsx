import { render } from 'preact';
import './welcome.css';
import { settingsForPage } from '@/core/settings';
import { storedPolicy } from '@/core/policy';
import { read } from '@/lib/db';
import { t } from '@/lib/i18n';
import { applyTheme, preparePage } from '@/lib/page';
import { Welcome } from './Welcome';

async function main() {
  // The defaults, or what another synced browser chose: the mirror every page reads.
  const [settings, policy] = await read(['settings', 'policy'] as const);
  const s = settingsForPage(settings);
  await preparePage(s.language);
  applyTheme(s.theme);
  document.title = t('welcomeTitle');
  const root = document.getElementById('app');
  if (root) render(<Welcome initial={s} policy={storedPolicy(policy).policy} />, root);
}

void main();
