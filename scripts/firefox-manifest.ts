/**
 * The Firefox manifest from the built Chrome one. Firefox's MV3 has no service workers: the same
 * module runs as a background script. https://bugzil.la/1573659
 */
export const geckoId = 'sc-2sv-helper@sc2sv-helper.invalid';

/**
 * Firefox ESR 140: the first to know `data_collection_permissions`, which new add-ons must declare
 * (Firefox for Android learned it in 142). Everything else used here is older.
 */
export const firefoxMinVersion = '140.0';
export const firefoxAndroidMinVersion = '142.0';

type Json = Record<string, unknown>;

export function firefoxManifest(chrome: Json): Json {
  const { background, minimum_chrome_version: _min, ...rest } = chrome;
  const bg = (background ?? {}) as { service_worker?: string; type?: string };
  if (!bg.service_worker) throw new Error('built manifest has no background.service_worker');
  const war = rest.web_accessible_resources as Json[] | undefined;
  return {
    ...rest,
    background: { scripts: [bg.service_worker], type: bg.type ?? 'module' },
    // `use_dynamic_url` is Chrome-only; Firefox warns about it and already randomises the origin.
    ...(war ? { web_accessible_resources: war.map(({ use_dynamic_url: _d, ...r }) => r) } : {}),
    browser_specific_settings: {
      gecko: {
        id: geckoId,
        strict_min_version: firefoxMinVersion,
        // Required for new add-ons: this one collects and sends nothing.
        // https://extensionworkshop.com/documentation/develop/firefox-builtin-data-consent/
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: firefoxAndroidMinVersion },
    },
  };
}
