/**
 * The background worker: which browser event goes to which service call.
 * Listeners are registered synchronously so a woken worker hears its event.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { syncClock } from '@/lib/clock';
import { touchesMeetingSites } from '@/lib/meeting-access';
import { isMessage } from '@/lib/messages';
import { SETTINGS_KEY } from '@/lib/settings-store';
import { IDLE_DETECTION_MS } from '@/core/tracker';
import { browserPlatform, isPromptNotification } from './platform';
import { createService } from './service';
import { e2ePlatform, installTestHook } from './test-hook';

export default defineBackground(() => {
  const clockReady = syncClock();
  const service = createService(import.meta.env.MODE === 'e2e' ? e2ePlatform() : browserPlatform());
  /** Runs a handler once the clock is known; failures are logged, never thrown into the browser. */
  const on =
    <A extends unknown[]>(handler: (...args: A) => Promise<unknown>) =>
    (...args: A): void => {
      clockReady
        .then(() => handler(...args))
        .catch((error: unknown) => {
          console.error('Unsit:', error);
        });
    };

  browser.idle.setDetectionInterval(IDLE_DETECTION_MS / 1000);

  browser.runtime.onInstalled.addListener(
    on(async ({ reason }) => {
      try {
        await service.startup();
      } finally {
        // A new install opens the welcome page; an update does not.
        if (reason === 'install') {
          await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
        }
      }
    }),
  );
  browser.runtime.onStartup.addListener(on(() => service.startup()));
  browser.alarms.onAlarm.addListener(on((alarm) => service.alarm(alarm.name)));
  browser.idle.onStateChanged.addListener(on(() => service.idleChanged()));
  browser.windows.onFocusChanged.addListener(on(() => service.focusChanged()));
  browser.windows.onRemoved.addListener(on((windowId) => service.windowClosed(windowId)));
  browser.commands.onCommand.addListener(on((command) => service.command(command)));
  browser.notifications.onClicked.addListener(
    on(async (id) => {
      if (isPromptNotification(id)) await service.notificationClicked();
    }),
  );
  // Firefox closes notifications on its own and does not reliably say who
  // closed them, so only Chromium's "dismissed by the user" counts there.
  if (!import.meta.env.FIREFOX) {
    browser.notifications.onClosed.addListener(
      on(async (id, byUser) => {
        if (isPromptNotification(id)) await service.notificationClosed(byUser);
      }),
    );
  }
  browser.tabs.onRemoved.addListener(on(() => service.tabClosed()));
  browser.permissions.onRemoved.addListener(
    on(async (removed) => {
      if (touchesMeetingSites(removed.origins)) await service.meetingAccessLost();
    }),
  );
  browser.storage.onChanged.addListener(
    on(async (changes, area) => {
      if (area !== 'sync') return;
      const change = changes[SETTINGS_KEY];
      if (change) await service.settingsSynced(change.newValue);
      // Other browsers' days (core/sync.ts); this browser's own come back too and change nothing.
      if (Object.keys(changes).some((key) => key.startsWith('u'))) {
        await service.othersChanged(changes);
      }
    }),
  );
  // The reply is the promise the polyfill hands back to the sender.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onMessage.addListener((message: unknown) =>
    isMessage(message) ? clockReady.then(() => service.message(message)) : undefined,
  );

  if (import.meta.env.MODE === 'e2e') installTestHook(service);
});
