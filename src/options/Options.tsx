/**
 * The options page. It shows the settings only once they are read: a control drawn from the
 * defaults first would take a click, then be overwritten by the stored value (and the click's
 * write would have put the other defaults into storage).
 */
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { marketplaces } from '../sellercentral/marketplaces';
import { Field, InputField } from '../shared/field';
import { type MessageKey, t, uiLanguage } from '../shared/i18n';
import { parseCustomSource, parseSettings, type Settings, settingsItem } from '../shared/settings';
import { useItem } from '../shared/use-item';

const regionNames = (() => {
  try {
    return new Intl.DisplayNames([uiLanguage().lang], { type: 'region' });
  } catch {
    return null;
  }
})();

/** The settings that are on or off, each a checkbox. */
type Flag = { [K in keyof Settings]: Settings[K] extends boolean ? K : never }[keyof Settings];

export function Options() {
  const [settings, setSettings] = useItem(settingsItem);
  const [status, setStatus] = useState('');

  if (settings === undefined) {
    return (
      <main>
        <h1>{t('optionsTitle')}</h1>
        <p data-testid="options-loading">{t('loading')}</p>
      </main>
    );
  }

  const save = (next: Partial<Settings>) => {
    const merged = parseSettings({ ...settings, ...next });
    setSettings(merged).then(
      () => setStatus(t('optionsSaved')),
      (e: unknown) => setStatus(t('optionsSaveFailed', e instanceof Error ? e.message : String(e))),
    );
  };

  /** One on/off option, saved as soon as it changes. */
  const toggle = (name: Flag, testId: string, label: MessageKey) => (
    <p>
      <label>
        <input
          type="checkbox"
          data-testid={testId}
          checked={settings[name]}
          onChange={(e) => save({ [name]: e.currentTarget.checked })}
        />{' '}
        {t(label)}
      </label>
    </p>
  );

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <Field id="default-host" label={t('optionsDefaultMarketplace')}>
        <select
          id="default-host"
          data-testid="default-host"
          aria-describedby="default-host-help"
          value={settings.defaultHost}
          onChange={(e) => save({ defaultHost: e.currentTarget.value as Settings['defaultHost'] })}
        >
          {marketplaces.map((m) => (
            <option key={m.host} value={m.host}>
              {`${regionNames?.of(m.country) ?? m.country} (${m.host})`}
            </option>
          ))}
        </select>
      </Field>
      <p id="default-host-help" class="source">
        {t('optionsDefaultMarketplaceHelp')}
      </p>
      {toggle('bannerEnabled', 'banner-enabled', 'optionsBanner')}
      <fieldset>
        <legend>{t('optionsSourcesTitle')}</legend>
        <p>
          <label>
            <input type="checkbox" checked disabled /> {t('optionsSellerCentralSource')}
          </label>
        </p>
        {toggle('cloudflareSource', 'source-cloudflare', 'optionsCloudflareSource')}
        <CustomSource
          current={settings.customSource}
          onSave={(customSource) => save({ customSource })}
          onMessage={setStatus}
        />
      </fieldset>
      <p role="status" aria-live="polite" data-testid="options-status">
        {status}
      </p>
    </main>
  );
}

function CustomSource(props: {
  current: string | null;
  onSave(url: string | null): void;
  onMessage(text: string): void;
}) {
  const [draft, setDraft] = useState('');
  const add = () => {
    const url = parseCustomSource(draft);
    if (!url) {
      props.onMessage(t('optionsCustomSourceInvalid'));
      return;
    }
    // Asked here, inside the click: browsers grant optional permissions only during a user action.
    browser.permissions.request({ origins: [`${new URL(url).origin}/*`] }).then(
      (granted) => (granted ? props.onSave(url) : props.onMessage(t('optionsCustomSourceDenied'))),
      () => props.onMessage(t('optionsCustomSourceDenied')),
    );
  };
  const remove = () => {
    const current = props.current;
    props.onSave(null);
    if (current)
      browser.permissions.remove({ origins: [`${new URL(current).origin}/*`] }).catch(() => {});
  };
  if (props.current) {
    return (
      <p>
        {t('optionsCustomSource')}: <code>{props.current}</code>{' '}
        <button type="button" onClick={remove}>
          {t('optionsCustomSourceRemove')}
        </button>
      </p>
    );
  }
  return (
    <InputField
      id="custom-source"
      testId="source-custom"
      label={t('optionsCustomSource')}
      type="url"
      inputMode="url"
      placeholder="https://"
      value={draft}
      onInput={(e) => setDraft(e.currentTarget.value)}
    >
      {' '}
      <button type="button" data-testid="source-custom-add" onClick={add}>
        {t('optionsCustomSourceAdd')}
      </button>
    </InputField>
  );
}
