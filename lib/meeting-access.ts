/**
 * The optional permission for the web meeting sites (core/meetings.ts). Only
 * a page can ask for it, and only while handling the user's click: call
 * `requestMeetingAccess` first thing in the handler (Firefox refuses a
 * request made after an await).
 */
import { browser } from 'wxt/browser';
import { MEETING_ORIGINS } from '@/core/meetings';

const meetingSites = () => ({ origins: [...MEETING_ORIGINS] });

/** Asks the user; true when every meeting site was granted. */
export function requestMeetingAccess(): Promise<boolean> {
  return browser.permissions.request(meetingSites());
}

/** Whether Unsit may see which meeting site a tab is on. */
export function hasMeetingAccess(): Promise<boolean> {
  return browser.permissions.contains(meetingSites());
}

/** Gives the access back (the user turned the feature off): Unsit keeps no access it does not use. */
export async function dropMeetingAccess(): Promise<void> {
  await browser.permissions.remove(meetingSites());
}

/** Whether a permission change touched the meeting sites. */
export function touchesMeetingSites(origins: readonly string[] | undefined): boolean {
  return (origins ?? []).some((o) => MEETING_ORIGINS.includes(o));
}
