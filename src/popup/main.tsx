import { render } from 'preact';
import { t, uiLanguage } from '../shared/i18n';
import { App } from './App';
import { loadContext } from './load-context';

// Read before anything renders: the clock check waits on the marketplace it names. The first
// render waits for it too, so that no paint of a "loading" header comes between the storage
// answers and the check's request (a few ms of the popup's first verdict, `npm run bench`).
const load = loadContext(location.search);
const root = document.getElementById('app');
const { lang, dir } = uiLanguage();
document.documentElement.lang = lang;
document.documentElement.dir = dir;
document.title = t('extName');
const show = () => {
  if (root) render(<App load={load} />, root);
};
load.then(show, show);
