import { render } from 'preact';
import '@/components/theme.css';
import './popup.css';
import { read } from '@/lib/db';
import { applyTheme, preparePage } from '@/lib/page';
import { defaultSettings } from '@/core/settings';
import { Popup } from './Popup';

async function main() {
  await preparePage();
  // Everything the popup shows comes from this one read.
  const [days, tracker, settings, recent] = await read([
    'days',
    'tracker',
    'settings',
    'recent',
  ] as const);
  const s = settings ?? defaultSettings;
  applyTheme(s.theme);
  const root = document.getElementById('app');
  if (root)
    render(<Popup days={days ?? {}} tracker={tracker} settings={s} recent={recent ?? []} />, root);
}

void main();
