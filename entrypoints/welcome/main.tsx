import { render } from 'preact';
import './welcome.css';
import { settingsForPage } from '@/core/settings';
import { read } from '@/lib/db';
import { t } from '@/lib/i18n';
import { applyTheme, preparePage } from '@/lib/page';
import { Welcome } from './Welcome';

async function main() {
  // The defaults, or what another synced browser chose: the mirror every page reads.
  const [settings] = await read(['settings'] as const);
  const s = settingsForPage(settings);
  await preparePage(s.language);
  applyTheme(s.theme);
  document.title = t('welcomeTitle');
  const root = document.getElementById('app');
  if (root) render(<Welcome initial={s} />, root);
}

void main();
