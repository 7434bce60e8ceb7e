/**
 * The web meeting sites Unsit may watch, with the user's consent, so that a
 * stretch never lands in the middle of a call (DESIGN.md, "Calls and
 * meetings"). The list lives here and only here: the manifest's optional
 * host permissions, the permission request and the matcher all read it.
 *
 * A site is a meeting only on the addresses of a call, not on its home page
 * or calendar: a Meet tab on the landing page defers nothing.
 */

interface MeetingSite {
  /** What the options page calls it. */
  name: string;
  /** Match patterns for the optional host permission (and `tabs.query`). */
  origins: readonly string[];
  /** Whether an address on one of those origins is a call. */
  isCall: (url: URL) => boolean;
}

/** Path segments, without empty ones. */
const segments = (url: URL) => url.pathname.split('/').filter(Boolean);

/** Whereby's own pages; any other single path segment is a room. */
/** A Jitsi room address: `depth` path segments, the last not one of the app's own folders. */
function jitsiRoom(url: URL, depth: number): boolean {
  const parts = segments(url);
  const room = parts.at(-1) ?? '';
  return parts.length === depth && !/^(static|libs|sounds|images)$/.test(room);
}

const WHEREBY_PAGES = new Set([
  'user',
  'org',
  'information',
  'pricing',
  'login',
  'signup',
  'blog',
  'support',
  'embed',
]);

export const MEETING_SITES: readonly MeetingSite[] = [
  {
    name: 'Google Meet',
    origins: ['https://meet.google.com/*'],
    // A meeting code: abc-defg-hij.
    isCall: (url) => /^\/[a-z]{3}-[a-z]{4}-[a-z]{3}(\/|$)/.test(url.pathname),
  },
  {
    name: 'Microsoft Teams',
    origins: ['https://teams.microsoft.com/*', 'https://teams.live.com/*'],
    isCall: (url) =>
      /meetup-join|pre-join-calling|modern-calling|\/meet\/|\/calling\//.test(
        url.pathname + url.hash,
      ),
  },
  {
    name: 'Zoom',
    origins: ['https://*.zoom.us/*'],
    // A meeting's join page (/j/<id>, a personal link /my/<name>, /s/<id> to start) or the
    // web client in a meeting (/wc/join/<id>, /wc/<id>/start); the web client's own pages
    // (/wc/home, /wc/team-chat, /wc/meetings, ...) are not calls (#28.4).
    isCall: (url) => /^\/(j|s|my)\/[^/]+|^\/wc\/(join\/)?\d{6,}(\/|$)/.test(url.pathname),
  },
  {
    name: 'Webex',
    origins: ['https://*.webex.com/*'],
    // A personal room (/meet/<name>), a join link, or the web app in a meeting
    // (…/meeting/download/<id>); its meeting home, info and list pages are not calls (#28.4).
    isCall: (url) =>
      /\/(meet|join)\/[^/]+|\/j\.php|\/meeting\/(download|join|start)\//.test(url.pathname),
  },
  {
    name: 'Whereby',
    origins: ['https://whereby.com/*'],
    isCall: (url) => {
      const [room, ...rest] = segments(url);
      return room !== undefined && rest.length === 0 && !WHEREBY_PAGES.has(room.toLowerCase());
    },
  },
  {
    name: 'Jitsi Meet',
    origins: ['https://meet.jit.si/*'],
    // meet.jit.si/<room>.
    isCall: (url) => jitsiRoom(url, 1),
  },
  {
    // Named on its own: the permission asks for its site, so the page says it (#24, item 10).
    name: '8x8 Meet',
    origins: ['https://8x8.vc/*'],
    // 8x8.vc/<tenant>/<room>.
    isCall: (url) => jitsiRoom(url, 2),
  },
  {
    name: 'Slack huddles',
    origins: ['https://app.slack.com/*'],
    isCall: (url) => segments(url)[0] === 'huddle',
  },
];

/** Every origin pattern, for the optional permission and the tab query. */
export const MEETING_ORIGINS: readonly string[] = MEETING_SITES.flatMap((s) => s.origins);

/** Whether a match pattern's host covers this host (`*.zoom.us` covers `zoom.us` too). */
function hostMatches(pattern: string, host: string): boolean {
  const wanted = /^https:\/\/([^/]+)\//.exec(pattern)?.[1] ?? '';
  if (!wanted.startsWith('*.')) return host === wanted;
  const base = wanted.slice(2);
  return host === base || host.endsWith(`.${base}`);
}

/** Whether this address is a call on one of the meeting sites. */
export function isMeetingUrl(address: string | undefined): boolean {
  if (!address) return false;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:') return false;
  const host = url.hostname.toLowerCase();
  return MEETING_SITES.some(
    (site) => site.origins.some((o) => hostMatches(o, host)) && site.isCall(url),
  );
}
