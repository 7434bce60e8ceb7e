import { render } from 'preact';
import './insights.css';
import { intervalRange, localDay, readSittingDays } from '@/core/insights';
import { settingsForPage } from '@/core/settings';
import { now } from '@/lib/clock';
import { read, readDays } from '@/lib/db';
import { firstDayOfWeek } from '@/lib/format';
import { dateLocale, language, t } from '@/lib/i18n';
import { applyTheme, preparePage } from '@/lib/page';
import { Insights } from './Insights';

async function main() {
  // The summary's day records cover the weeks shown; the week's buckets are read when shown.
  // Nothing here loads the calendar or summary modules: the chunk every page shares stays as it is.
  const [summary, settings] = await read(['summary', 'settings'] as const);
  const s = settingsForPage(settings);
  await preparePage(s.language);
  applyTheme(s.theme);
  document.title = `${t('insightsTitle')} · ${t('extName')}`;
  const known = readSittingDays(summary);
  const today = localDay(now());
  const root = document.getElementById('app');
  if (root) {
    render(
      <Insights
        days={known?.days ?? {}}
        from={known?.from ?? today}
        today={today}
        interval={intervalRange(s)}
        locale={language()}
        firstDay={firstDayOfWeek(dateLocale())}
        loadBuckets={readDays}
      />,
      root,
    );
  }
}

void main();
