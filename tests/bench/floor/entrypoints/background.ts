import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Opens the bare page the way Unsit opens its prompt: a popup window.
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (message !== 'open') return undefined;
    return browser.windows
      .create({ url: browser.runtime.getURL('/page.html'), type: 'popup', width: 420, height: 640 })
      .then(() => null);
  });
});
