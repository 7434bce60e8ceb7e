/**
 * The background worker: which browser event goes to which service call.
 * Listeners are registered synchronously so a woken worker hears its event.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { syncClock } from '@/lib/clock';
import { isMessage } from '@/lib/messages';
import { SETTINGS_KEY } from '@/lib/settings-store';
import { readSettings } from '@/core/settings';
import { IDLE_DETECTION_MS } from '@/core/tracker';
import { browserPlatform, isPromptNotification } from './platform';
import { createService } from './service';
import { e2ePlatform, installTestHook } from './test-hook';

export default defineBackground(() => {
  const clockReady = syncClock();
  const service = createService(import.meta.env.MODE === 'e2e' ? e2ePlatform() : browserPlatform());
  const after =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    (...args: A) =>
      clockReady.then(() => fn(...args));

  browser.idle.setDetectionInterval(IDLE_DETECTION_MS / 1000);

  browser.runtime.onInstalled.addListener(after(service.startup));
  browser.runtime.onStartup.addListener(after(service.startup));
  browser.alarms.onAlarm.addListener(after(async (alarm) => {
    await service.alarm(alarm.name);
  }));
  browser.idle.onStateChanged.addListener(after(service.idleChanged));
  browser.windows.onFocusChanged.addListener(after(service.focusChanged));
  browser.windows.onRemoved.addListener(after(service.windowClosed));
  browser.commands.onCommand.addListener(after(service.command));
  browser.notifications.onClicked.addListener(
    after(async (id) => {
      if (isPromptNotification(id)) await service.notificationClicked();
    }),
  );
  browser.storage.onChanged.addListener(
    after(async (changes, area) => {
      const change = changes[SETTINGS_KEY];
      if (area !== 'sync' || !change) return;
      await service.settingsChanged(readSettings(change.newValue).settings);
    }),
  );
  browser.runtime.onMessage.addListener((message: unknown) =>
    isMessage(message) ? clockReady.then(() => service.message(message)) : undefined,
  );

  if (import.meta.env.MODE === 'e2e') installTestHook(service);
});
