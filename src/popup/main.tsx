import { render } from 'preact';
import { t, uiLanguage } from '../shared/i18n';
import { App } from './App';
import { loadContext } from './load-context';

// Read before the first render: the clock check waits on the marketplace it names, and effects
// run only after the first paint.
const load = loadContext(location.search);
const root = document.getElementById('app');
const { lang, dir } = uiLanguage();
document.documentElement.lang = lang;
document.documentElement.dir = dir;
document.title = t('extName');
if (root) render(<App load={load} />, root);
