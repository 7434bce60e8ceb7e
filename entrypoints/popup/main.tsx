import { render } from 'preact';
import '@/components/theme.css';
import './popup.css';
import { read } from '@/lib/db';
import { applyTheme, preparePage } from '@/lib/page';
import { readableDays } from '@/core/history';
import { readSettings } from '@/core/settings';
import { parseTracker } from '@/core/tracker-schema';
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
  // Stored values are read defensively: a damaged one shows as empty here
  // (the background sets it aside and options reports it), never a blank popup.
  const s = readSettings(settings).settings;
  applyTheme(s.theme);
  const root = document.getElementById('app');
  if (root) {
    render(
      <Popup
        days={readableDays(days)}
        tracker={parseTracker(tracker) ?? undefined}
        settings={s}
        recent={Array.isArray(recent) ? recent : []}
      />,
      root,
    );
  }
}

void main();
