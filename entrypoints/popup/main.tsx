import { render } from 'preact';
import './popup.css';
import { settingsForPage } from '@/core/settings';
import { dayKey } from '@/core/days';
import { devicesShown, readableSummary, viewDays, walkStartOf } from '@/core/summary';
import { now } from '@/lib/clock';
import { parseTracker } from '@/core/tracker-schema';
import { read } from '@/lib/db';
import { readLastAnswer } from '@/core/stored';
import { applyTheme, preparePage } from '@/lib/page';
import { Popup } from './Popup';

async function main() {
  // Everything the popup shows comes from this one read; none of it grows with history.
  const [summary, tracker, settings, lastAnswer] = await read([
    'summary',
    'tracker',
    'settings',
    'lastAnswer',
  ] as const);
  // Stored values are read defensively: a damaged one shows as empty here
  // (the background sets it aside and options reports it), never a blank popup.
  const s = settingsForPage(settings);
  await preparePage(s.language);
  const known = readableSummary(summary);
  applyTheme(s.theme);
  const root = document.getElementById('app');
  if (root) {
    render(
      <Popup
        days={known ? viewDays(known) : {}}
        start={known ? walkStartOf(known) : undefined}
        devices={known ? devicesShown(known, dayKey(now())) : 1}
        tracker={parseTracker(tracker) ?? undefined}
        settings={s}
        recent={known?.recent ?? []}
        lastAnswer={readLastAnswer(lastAnswer)}
      />,
      root,
    );
  }
}

void main();
