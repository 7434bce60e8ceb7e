import { useState } from 'preact/hooks';
import { dayKey, type DayKey } from '@/core/days';
import { csvExport, toExportJson } from '@/core/export';
import { dayContext, type DayBucket } from '@/core/history';
import { readBucket } from '@/core/history-schema';
import type { Settings } from '@/core/settings';
import type { QuarantineEntry } from '@/core/stored';
import { now } from '@/lib/clock';
import { readDayBuckets } from '@/lib/db';
import { plural, t } from '@/lib/i18n';
import { DeleteAllData } from './DeleteAllData';
import { ImportHistory, type Said } from './ImportHistory';
import { Section } from '@/components/settings-fields';

interface Props {
  settings: Settings;
  quarantine: QuarantineEntry[];
  locale: string;
  /** After "Delete all data": settings are back to their defaults. */
  onDeleted: () => void;
  /** An import restored the file's settings: the page shows the stored ones again. */
  onSettingsRestored: () => void;
  /** False when the organisation hides "Delete everything" (core/policy.ts). */
  deleteAll?: boolean;
}

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}

/** Every day bucket as it reads; a damaged one shows what can be read (the background repairs it). */
async function buckets(settings: Settings): Promise<[DayKey, DayBucket][]> {
  const out: [DayKey, DayBucket][] = [];
  for (const [day, raw] of await readDayBuckets()) {
    const bucket = readBucket(day, raw, dayContext(settings)).bucket;
    if (bucket) out.push([day, bucket]);
  }
  return out;
}

/** Export, import, what was set aside, and deleting everything. */
export function DataSection({
  settings,
  quarantine,
  locale,
  onDeleted,
  onSettingsRestored,
  deleteAll = true,
}: Props) {
  const [message, setMessage] = useState<Said>(null);

  async function exportData(kind: 'json' | 'csv') {
    const at = now();
    const stamp = dayKey(at);
    const all = await buckets(settings);
    if (kind === 'json') {
      // The settings go with the history: the file is a backup (#24).
      const json = toExportJson(all, at, settings);
      download(`unsit-history-${stamp}.json`, 'application/json', json);
    } else {
      download(`unsit-days-${stamp}.csv`, 'text/csv', csvExport(all, stamp, settings.dailyGoal));
    }
    setMessage({ text: t('exported'), error: false });
  }

  return (
    <Section id="h-data" title={t('sectionData')}>
      <p class="muted">{t('dataIntro')}</p>
      <div class="row">
        <button type="button" class="btn" onClick={() => void exportData('json')}>
          {t('exportJson')}
        </button>
        <button type="button" class="btn" onClick={() => void exportData('csv')}>
          {t('exportCsv')}
        </button>
      </div>
      <ImportHistory setMessage={setMessage} onSettingsRestored={onSettingsRestored} />
      {/* Always in the page, so screen readers announce what appears in it. */}
      <p class={message?.error ? 'error' : 'saved'} role="status">
        {message?.text}
      </p>
      {quarantine.length > 0 && (
        <div class="quarantine" role="alert">
          <p>{plural('quarantineIntro', quarantine.length)}</p>
          <ul>
            {quarantine.map((q) => (
              <li key={q.id}>
                {q.key}: {q.reason} ({new Date(q.at).toLocaleString(locale)})
              </li>
            ))}
          </ul>
        </div>
      )}
      {deleteAll && (
        <DeleteAllData
          onDeleted={() => {
            onDeleted();
            setMessage({ text: t('deleted'), error: false });
          }}
        />
      )}
    </Section>
  );
}
