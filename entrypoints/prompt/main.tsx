import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import './prompt.css';
import { catalog } from '@/content/catalog';
import { loadStretch } from '@/content/load';
import { promptHash, promptView, readPromptHash, type PromptView } from '@/core/prompt-view';
import { settingsForPage } from '@/core/settings';
import { read } from '@/lib/db';
import { moveName } from '@/components/move-words';
import { language, t } from '@/lib/i18n';
import { send } from '@/lib/messages';
import { applyTheme, preparePage } from '@/lib/page';
import { LostMessage } from '@/components/LostMessage';
import type { Felt } from '@/core/history';
import { guardKeys } from './key-guard';
import { closeIfStale } from './stale';
import { Prompt } from './Prompt';

// First of all: a key typed for another window must not act here (key-guard.ts).
guardKeys();

/**
 * The view from the address the background opened the window with; a window
 * opened without one (or with a damaged one) reads the same from storage.
 */
async function storedView(): Promise<PromptView> {
  const [prompt, settings, safetySeen, tracker] = await read([
    'prompt',
    'settings',
    'safetySeen',
    'tracker',
  ] as const);
  return promptView(
    prompt?.stretchId ?? catalog[0]?.id ?? '',
    settingsForPage(settings),
    safetySeen === true,
    tracker?.snoozes ?? 0,
  );
}

/** Keeps the address in step with what is shown, so a reload shows the same. */
function remember(view: PromptView): void {
  history.replaceState(null, '', `#${promptHash(view)}`);
}

async function main() {
  const view = readPromptHash(location.hash) ?? (await storedView());
  let current = view;
  // A new language while the window is open: the address takes it, and the page shows it.
  await preparePage(view.language, (language) => {
    remember({ ...current, language });
    location.reload();
  });
  applyTheme(view.theme);
  // Every move is in this script (content/load.ts): the stretch shows without another round trip.
  const shown = await loadStretch(view.stretchId);
  const root = document.getElementById('app');
  if (!root || !shown) return;
  const first = shown;

  function App() {
    const [stretch, setStretch] = useState(first);
    // A ref, not state: a double press sends one answer even before a re-render.
    const sent = useRef(false);
    const [lost, setLost] = useState<(() => void) | null>(null);
    useEffect(() => {
      document.title = `${t('extName')} · ${moveName(stretch.id)}`;
    }, [stretch]);
    const answer = (reply: 'done' | 'snooze' | 'skip', felt?: Felt) => {
      if (sent.current) return;
      sent.current = true;
      setLost(null);
      void send({ type: 'answer', answer: reply, ...(felt ? { felt } : {}) }).then((delivery) => {
        if (!delivery.delivered) {
          // Not recorded: the window stays, and the answer can be given again.
          sent.current = false;
          setLost(() => () => {
            answer(reply, felt);
          });
          return;
        }
        // The background records the answer and closes this window; a
        // window left from an earlier browser session closes itself.
        setTimeout(() => {
          window.close();
        }, 1500);
      });
    };
    return (
      <>
        {lost && <LostMessage onRetry={lost} />}
        <Prompt
          stretch={stretch}
          locale={language()}
          safetySeen={view.safetySeen}
          showSnooze={view.snoozeCap > 0}
          canSnooze={view.snoozes < view.snoozeCap}
          snoozeMinutes={view.snoozeMinutes}
          chimeOn={view.chime}
          plan={view.plan}
          afterCall={view.afterCall}
          easierFirst={view.easierFirst}
          onAnswer={answer}
          onAnother={() => {
            void send({ type: 'another-stretch' })
              .then((d) => (d.delivered && d.reply ? loadStretch(d.reply) : null))
              .then((next) => {
                if (!next) return;
                setStretch(next);
                current = { ...current, stretchId: next.id };
                remember(current);
              });
          }}
          onSafetySeen={() => {
            current = { ...current, safetySeen: true };
            remember(current);
            void send({ type: 'safety-seen' });
          }}
        />
      </>
    );
  }
  render(<App />, root);
  // After the first paint: a window the browser restored from an earlier session goes.
  void closeIfStale();
}

void main();
