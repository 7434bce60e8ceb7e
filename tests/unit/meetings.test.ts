import { describe, expect, it } from 'vitest';
import { isMeetingUrl, MEETING_ORIGINS, MEETING_SITES } from '@/core/meetings';

describe('meeting sites', () => {
  it.each([
    'https://meet.google.com/abc-defg-hij',
    'https://meet.google.com/abc-defg-hij?authuser=1',
    'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc/0',
    'https://teams.microsoft.com/v2/#/modern-calling/',
    'https://teams.live.com/meet/9381234',
    'https://us02web.zoom.us/wc/join/81234567',
    'https://app.zoom.us/wc/81234567/start',
    'https://zoom.us/j/81234567',
    'https://app.zoom.us/wc/81234567/join?fromPWA=1',
    'https://zoom.us/my/jane.doe',
    'https://acme.webex.com/meet/jane',
    'https://acme.webex.com/wbxmjs/joinservice/sites/acme/meeting/download/abc',
    'https://acme.webex.com/webappng/sites/acme/meeting/download/8e3b2f',
    'https://acme.webex.com/acme/j.php?MTID=m8e3b2f',
    'https://whereby.com/team-standup',
    'https://meet.jit.si/WeeklyPlanning',
    'https://8x8.vc/vpaas-magic/WeeklyPlanning',
    'https://app.slack.com/huddle/T012/C034',
  ])('%s is a call', (url) => {
    expect(isMeetingUrl(url)).toBe(true);
  });

  it.each([
    'https://meet.google.com/',
    'https://meet.google.com/landing',
    'https://teams.microsoft.com/v2/',
    'https://zoom.us/',
    'https://zoom.us/pricing',
    'https://acme.webex.com/',
    'https://whereby.com/',
    'https://whereby.com/user/rooms',
    'https://whereby.com/information/tos',
    'https://meet.jit.si/',
    'https://meet.jit.si/static/close.html',
    'https://app.slack.com/client/T012/C034',
    // Each site's pages around a call, which users keep open all day (#28.4).
    'https://app.zoom.us/wc/home',
    'https://app.zoom.us/wc/team-chat',
    'https://app.zoom.us/wc/meetings',
    'https://app.zoom.us/wc/whiteboard',
    'https://zoom.us/profile',
    'https://acme.webex.com/webappng/sites/acme/meeting/home',
    'https://acme.webex.com/webappng/sites/acme/meeting/info/8e3b2f',
    'https://acme.webex.com/webappng/sites/acme/meeting/list',
    'https://acme.webex.com/webappng/sites/acme/dashboard',
    'https://teams.microsoft.com/v2/#/calendarv2',
    'https://teams.microsoft.com/_#/conversations/General',
    'https://teams.live.com/v2/',
    'https://meet.google.com/landing?authuser=1',
    'https://whereby.com/org/acme',
    'https://whereby.com/login',
    'https://8x8.vc/vpaas-magic',
    'https://meet.jit.si/static/dialInInfo.html',
    'https://app.slack.com/client/T012/C034/thread',
    // Look-alikes and other schemes.
    'https://meet.google.com.example.org/abc-defg-hij',
    'https://notzoom.us/wc/join/1',
    'http://meet.google.com/abc-defg-hij',
    'not an address',
    '',
    undefined,
  ])('%s is not', (url) => {
    expect(isMeetingUrl(url)).toBe(false);
  });

  it('asks for https origins only, each a valid match pattern, listed once', () => {
    for (const origin of MEETING_ORIGINS)
      expect(origin).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
    expect(new Set(MEETING_ORIGINS).size).toBe(MEETING_ORIGINS.length);
  });

  it('names every site the permission asks for, by a name its address shows (#24, item 10)', () => {
    for (const site of MEETING_SITES) {
      for (const origin of site.origins) {
        const host = origin.replace(/^https:\/\/(\*\.)?/, '').replace(/\/\*$/, '');
        const words = site.name.toLowerCase().replace(/\s+/g, '');
        const named = host.split('.').some((label) => label.length > 2 && words.includes(label));
        expect(named, `${origin} under ${site.name}`).toBe(true);
      }
    }
  });
});
