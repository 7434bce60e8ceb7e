import { render } from 'preact';
import '@/components/theme.css';
import './options.css';
import { loadSettings } from '@/lib/settings-store';
import { read } from '@/lib/db';
import { t } from '@/lib/i18n';
import { applyTheme, preparePage } from '@/lib/page';
import { Options } from './Options';

async function main() {
  await preparePage();
  const [{ settings, rejected }, [quarantine]] = await Promise.all([
    loadSettings(),
    read(['quarantine'] as const),
  ]);
  applyTheme(settings.theme);
  document.title = t('optionsTitle');
  const root = document.getElementById('app');
  if (root) {
    render(<Options initial={settings} rejected={rejected} quarantine={quarantine ?? []} />, root);
  }
}

void main();
