// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useEnglish } from './locale';
import { LANGUAGES, languageTag } from '@/core/languages';
import { LanguageSetting, ownName } from '@/components/LanguageSetting';
import type { SettingsFields } from '@/components/settings-fields';
import { defaultSettings, type SettingsErrors } from '@/core/settings';

function form(language: string, errors: SettingsErrors = {}) {
  const change = vi.fn();
  const fields: SettingsFields = {
    errors,
    shown: (key) => ({ ...defaultSettings, language })[key],
    change,
  };
  return { fields, change };
}

describe('the language picker', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    useEnglish();
  });
  afterEach(() => {
    cleanup();
  });

  it('names each language in itself, after "Same as the browser"', () => {
    render(<LanguageSetting form={form('auto').fields} browserLanguage="es-MX" />);
    const picker = screen.getByLabelText('Language');
    const options = [...picker.querySelectorAll('option')].map((o) => [o.value, o.textContent]);
    expect(options[0]).toEqual(['auto', 'Same as the browser (Español)']);
    // Every shipped folder, each in its own language, in the order of those names.
    expect(
      options
        .slice(1)
        .map(([value]) => value)
        .sort(),
    ).toEqual([...LANGUAGES].sort());
    const labels = options.slice(1).map(([, label]) => label ?? '');
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)));
    expect(options).toContainEqual(['en', 'English']);
    expect(options).toContainEqual(['es', 'Español']);
    for (const [value, label] of options.slice(1)) {
      expect(label, value ?? '').toBeTruthy();
      expect(label).not.toBe(value);
      const option = picker.querySelector(`option[value="${value ?? ''}"]`);
      expect(option?.getAttribute('lang')).toBe(languageTag(value ?? ''));
    }
    expect((picker as HTMLSelectElement).value).toBe('auto');
  });

  it('saves the language picked', () => {
    const { fields, change } = form('auto');
    render(<LanguageSetting form={fields} browserLanguage="en-US" />);
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'es' } });
    expect(change).toHaveBeenCalledWith('language', 'es');
  });

  it('shows why a language was refused', () => {
    render(
      <LanguageSetting
        form={form('es', { language: 'errorLanguage' }).fields}
        browserLanguage="en-US"
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe('Choose one of the listed languages.');
  });

  it('names a language with a region in itself, from its folder name', () => {
    expect(ownName('pt_BR')).toBe('Português (Brasil)');
    expect(ownName('zh_CN')).toBe('中文（中国）');
  });
});
