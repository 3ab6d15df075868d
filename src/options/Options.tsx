import { useEffect, useState } from 'preact/hooks';
import { marketplaces } from '../sellercentral/marketplaces';
import { t, uiLanguage } from '../shared/i18n';
import { defaultSettings, parseSettings, type Settings } from '../shared/settings';
import { getSettings, setSettings } from '../shared/store';

const regionNames = (() => {
  try {
    return new Intl.DisplayNames([uiLanguage().lang], { type: 'region' });
  } catch {
    return null;
  }
})();

export function Options() {
  const [settings, setLocal] = useState<Settings>(defaultSettings);
  const [status, setStatus] = useState('');

  useEffect(() => {
    getSettings().then(setLocal, () => setLocal(defaultSettings));
  }, []);

  const save = (next: Partial<Settings>) => {
    const merged = parseSettings({ ...settings, ...next });
    setLocal(merged);
    setSettings(merged).then(
      () => setStatus(t('optionsSaved')),
      (e: unknown) => setStatus(t('optionsSaveFailed', e instanceof Error ? e.message : String(e))),
    );
  };

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <p>
        <label for="default-host">{t('optionsDefaultMarketplace')}</label>
        <br />
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
      </p>
      <p id="default-host-help" class="source">
        {t('optionsDefaultMarketplaceHelp')}
      </p>
      <p>
        <label>
          <input
            type="checkbox"
            data-testid="banner-enabled"
            checked={settings.bannerEnabled}
            onChange={(e) => save({ bannerEnabled: e.currentTarget.checked })}
          />{' '}
          {t('optionsBanner')}
        </label>
      </p>
      <p role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}
