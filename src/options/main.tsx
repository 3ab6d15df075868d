import { render } from 'preact';
import { t, uiLanguage } from '../shared/i18n';
import { Options } from './Options';

const { lang, dir } = uiLanguage();
document.documentElement.lang = lang;
document.documentElement.dir = dir;
document.title = t('optionsTitle');
const root = document.getElementById('app');
if (root) render(<Options />, root);
