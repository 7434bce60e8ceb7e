// IndexedDB for Node: every test file gets a fresh in-memory database factory.
import 'fake-indexeddb/auto';

// The package's own files for fetch(runtime.getURL(...)): lib/i18n.ts loads
// `_locales/<lang>/messages.json` that way. Anything else goes to the real fetch.
import { readFileSync } from 'node:fs';

const packageFetch = globalThis.fetch;
globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = input instanceof Request ? input.url : String(input);
  const messages = /^[\w-]+-extension:\/\/[^/]+\/_locales\/(\w+)\/messages\.json$/.exec(url);
  if (!messages) return packageFetch(input, init);
  return new Response(readFileSync(`public/_locales/${messages[1] ?? ''}/messages.json`), {
    headers: { 'content-type': 'application/json' },
  });
};
