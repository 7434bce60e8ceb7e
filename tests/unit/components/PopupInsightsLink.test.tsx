// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useEnglish } from './locale';
import { PopupHistory } from '@/entrypoints/popup/PopupHistory';

describe('the popup link to the weekly view', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    useEnglish();
  });
  afterEach(() => {
    cleanup();
  });

  it('opens insights.html in a tab', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    render(
      <PopupHistory
        days={{}}
        today="2026-11-18"
        options={{}}
        freezesUsed={[]}
        recent={[]}
        locale="en"
      />,
    );
    const link = screen.getByRole('link', { name: "This week's sitting" });
    expect(link.getAttribute('href')).toMatch(/\/insights\.html$/);
    fireEvent.click(link);
    await act(async () => {
      await Promise.resolve();
    });
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/insights\.html$/) });
  });
});
