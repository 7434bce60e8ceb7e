/**
 * The background worker: which browser event is which input (core/inputs.ts).
 * Listeners are registered synchronously so a woken worker hears its event;
 * the service (service.ts) takes the inputs one at a time.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { Input } from '@/core/inputs';
import { syncClock } from '@/lib/clock';
import { touchesMeetingSites } from '@/lib/meeting-access';
import { isPageMessage } from '@/lib/messages';
import { SETTINGS_KEY } from '@/lib/settings-store';
import { readPolicy } from '@/core/policy';
import { browserPlatform, isPromptNotification, managedPolicy } from './platform';
import { createService } from './service';
import { e2ePlatform, installTestHook } from './test-hook';

export default defineBackground(() => {
  const clockReady = syncClock();
  const service = createService(import.meta.env.MODE === 'e2e' ? e2ePlatform() : browserPlatform());
  /** Hands an input to the service once the clock is known; failures are logged, never thrown into the browser. */
  const handle = (input: Input): Promise<unknown> => clockReady.then(() => service.handle(input));
  const on = (input: Input | null): void => {
    if (input) {
      handle(input).catch((error: unknown) => {
        console.error('Unsit:', error);
      });
    }
  };

  browser.runtime.onInstalled.addListener(({ reason }) => {
    // A new install opens the welcome page, after the first step; an update does not.
    void handle({ type: 'startup' })
      .catch((error: unknown) => {
        console.error('Unsit:', error);
      })
      .then(async () => {
        if (reason !== 'install') return;
        // An organisation may keep the welcome page closed (core/policy.ts).
        if (!readPolicy(await managedPolicy()).org.openWelcome) return;
        await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
      });
  });
  browser.runtime.onStartup.addListener(() => {
    on({ type: 'startup' });
  });
  browser.alarms.onAlarm.addListener(() => {
    on({ type: 'alarm' });
  });
  browser.idle.onStateChanged.addListener(() => {
    on({ type: 'idle' });
  });
  browser.windows.onFocusChanged.addListener(() => {
    on({ type: 'focus' });
  });
  browser.windows.onRemoved.addListener((windowId) => {
    on({ type: 'window-closed', windowId });
  });
  browser.commands.onCommand.addListener((name) => {
    on({ type: 'command', name });
  });
  browser.notifications.onClicked.addListener((id) => {
    on(isPromptNotification(id) ? { type: 'notification-clicked' } : null);
  });
  // Firefox closes notifications on its own and does not reliably say who
  // closed them, so only Chromium's "dismissed by the user" counts there.
  if (!import.meta.env.FIREFOX) {
    browser.notifications.onClosed.addListener((id, byUser) => {
      on(isPromptNotification(id) && byUser ? { type: 'notification-closed', byUser } : null);
    });
  }
  browser.tabs.onRemoved.addListener(() => {
    on({ type: 'tab-closed' });
  });
  browser.permissions.onRemoved.addListener((removed) => {
    on(touchesMeetingSites(removed.origins) ? { type: 'meeting-access-lost' } : null);
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') on({ type: 'policy-changed' });
    if (area !== 'sync') return;
    const settings = changes[SETTINGS_KEY];
    if (settings) on({ type: 'settings-synced', value: settings.newValue });
    // Other browsers' days (core/sync.ts); this browser's own come back too and change nothing.
    const items = Object.fromEntries(
      Object.entries(changes).filter(([key]) => key.startsWith('u')),
    );
    if (Object.keys(items).length > 0) on({ type: 'others-synced', changes: items });
  });
  // The reply is the promise the polyfill hands back to the sender.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onMessage.addListener((message: unknown) =>
    isPageMessage(message) ? clockReady.then(() => service.handlePage(message)) : undefined,
  );

  if (import.meta.env.MODE === 'e2e') installTestHook(service);
});
