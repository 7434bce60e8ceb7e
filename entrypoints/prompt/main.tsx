import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import '@/components/theme.css';
import './prompt.css';
import { catalog } from '@/content/catalog';
import { loadStretch } from '@/content/load';
import { settingsForPage } from '@/core/settings';
import { read } from '@/lib/db';
import { contentLocale, t } from '@/lib/i18n';
import { send } from '@/lib/messages';
import { applyTheme, preparePage } from '@/lib/page';
import { Prompt } from './Prompt';

async function main() {
  // The move named in the hash loads while the stored prompt is read; the stored one decides.
  const hinted = location.hash.slice(1);
  const early = hinted ? loadStretch(hinted) : null;
  await preparePage();
  const [prompt, settings, safetySeen, tracker] = await read([
    'prompt',
    'settings',
    'safetySeen',
    'tracker',
  ] as const);
  const s = settingsForPage(settings);
  applyTheme(s.theme);
  // Only the move shown is loaded (one chunk per move), never the whole library.
  const wanted = prompt?.stretchId ?? catalog[0]?.id ?? '';
  const shown = await (early && wanted === hinted ? early : loadStretch(wanted));
  const root = document.getElementById('app');
  if (!root || !shown) return;
  const first = shown;

  function App() {
    const [stretch, setStretch] = useState(first);
    // A ref, not state: a double press sends one answer even before a re-render.
    const sent = useRef(false);
    useEffect(() => {
      document.title = `${t('extName')} · ${stretch.name[contentLocale()]}`;
    }, [stretch]);
    return (
      <Prompt
        stretch={stretch}
        locale={contentLocale()}
        safetySeen={safetySeen === true}
        showSnooze={s.snoozeCap > 0}
        canSnooze={(tracker?.snoozes ?? 0) < s.snoozeCap}
        snoozeMinutes={s.snoozeMinutes}
        chimeOn={s.chime}
        onAnswer={(answer) => {
          if (sent.current) return;
          sent.current = true;
          // The background records the answer and closes this window; a
          // window left from an earlier browser session closes itself.
          void send({ type: 'answer', answer }).finally(() => {
            setTimeout(() => {
              window.close();
            }, 1500);
          });
        }}
        onAnother={() => {
          void send({ type: 'another-stretch' })
            .then((id) => (id ? loadStretch(id) : null))
            .then((next) => {
              if (next) setStretch(next);
            });
        }}
        onSafetySeen={() => void send({ type: 'safety-seen' })}
      />
    );
  }
  render(<App />, root);
}

void main();
