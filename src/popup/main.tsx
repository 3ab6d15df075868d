import { render } from 'preact';
import { t, uiLanguage } from '../shared/i18n';
import { App } from './App';

const root = document.getElementById('app');
const { lang, dir } = uiLanguage();
document.documentElement.lang = lang;
document.documentElement.dir = dir;
document.title = t('extName');
if (root) render(<App />, root);
