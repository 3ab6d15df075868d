import { render } from 'preact';
import browser from 'webextension-polyfill';
import { Options } from './Options';

document.documentElement.lang = browser.i18n.getUILanguage();
document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
document.title = browser.i18n.getMessage('optionsTitle');
const root = document.getElementById('app');
if (root) render(<Options />, root);
