import { render } from 'preact';
import { t, uiLanguage } from '../shared/i18n';
import { Options } from './Options';

const { lang, dir } = uiLanguage();
document.documentElement.lang = lang;
document.documentElement.dir = dir;
document.title = t('optionsTitle');
// Its own container, so the page's script element stays as it is.
render(<Options />, document.body.appendChild(document.createElement('div')));
