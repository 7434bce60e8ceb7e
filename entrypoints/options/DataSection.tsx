import { useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import { dayKey, type DayKey } from '@/core/days';
import {
  csvExport,
  MAX_IMPORT_BYTES,
  parseImport,
  refuseTooLarge,
  toExportJson,
  type ImportMessage,
} from '@/core/export';
import { dayContext, type DayBucket } from '@/core/history';
import { readBucket } from '@/core/history-schema';
import type { Settings } from '@/core/settings';
import type { QuarantineEntry } from '@/core/stored';
import { now } from '@/lib/clock';
import { readDayBuckets } from '@/lib/db';
import { t } from '@/lib/i18n';
import { send, type Message } from '@/lib/messages';
import { LostMessage } from '@/components/LostMessage';
import { DeleteAllData } from './DeleteAllData';
import { Section } from '@/components/settings-fields';

interface Props {
  settings: Settings;
  quarantine: QuarantineEntry[];
  locale: string;
  /** After "Delete all data": settings are back to their defaults. */
  onDeleted: () => void;
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

/**
 * Why an import was refused, in the UI language; the English reason when a
 * message is missing (t() then returns the key) or the background refused.
 */
export function refusal({ reason, message }: { reason: string; message?: ImportMessage }): string {
  if (!message) return reason;
  const { key, substitutions, problem } = message;
  const what = problem && t(problem.key, problem.substitutions);
  if (problem && what === problem.key) return reason;
  const text = t(key, what === undefined ? substitutions : [...substitutions, what]);
  return text === key ? reason : text;
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

type Said = { text: string; error: boolean } | null;

/** Reads, checks and sends an import; a message the background never got can be sent again. */
function useImport(setMessage: (said: Said) => void) {
  const [lost, setLost] = useState<(() => void) | null>(null);

  async function importFile(file: File | undefined) {
    if (!file) return;
    // Parsed and validated here, whole, before anything is sent to be merged;
    // a file over the limit is refused before it is read.
    const parsed = file.size > MAX_IMPORT_BYTES ? refuseTooLarge() : parseImport(await file.text());
    if (!parsed.ok) {
      setMessage({ text: t('importRefused', refusal(parsed)), error: true });
      return;
    }
    await sendImport({ type: 'import', events: parsed.events, days: parsed.days });
  }

  async function sendImport(message: Extract<Message, { type: 'import' }>) {
    setLost(null);
    const sent = await send(message);
    if (!sent.delivered) {
      setMessage(null);
      setLost(() => () => void sendImport(message));
      return;
    }
    const result = sent.reply;
    setMessage(
      result.ok
        ? { text: t('imported', String(result.added)), error: false }
        : { text: t('importRefused', refusal(result)), error: true },
    );
  }

  return { importFile, lost };
}

/** Export, import, what was set aside, and deleting everything. */
export function DataSection({ settings, quarantine, locale, onDeleted, deleteAll = true }: Props) {
  const [message, setMessage] = useState<Said>(null);
  const { importFile, lost } = useImport(setMessage);

  async function exportData(kind: 'json' | 'csv') {
    const at = now();
    const stamp = dayKey(at);
    const all = await buckets(settings);
    if (kind === 'json') {
      download(`unsit-history-${stamp}.json`, 'application/json', toExportJson(all, at));
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
      <div class="field">
        <label for="field-import">{t('fieldImport')}</label>
        <input
          id="field-import"
          type="file"
          accept="application/json,.json"
          onChange={(e: TargetedEvent<HTMLInputElement>) => {
            void importFile(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
        />
      </div>
      {/* Always in the page, so screen readers announce what appears in it. */}
      <p class={message?.error ? 'error' : 'saved'} role="status">
        {message?.text}
      </p>
      {lost && <LostMessage onRetry={lost} />}
      {quarantine.length > 0 && (
        <div class="quarantine" role="alert">
          <p>{t('quarantineIntro', String(quarantine.length))}</p>
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
