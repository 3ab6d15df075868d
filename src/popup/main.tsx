import { render } from 'preact';
import browser from 'webextension-polyfill';
import { App } from './App';

const root = document.getElementById('app');
document.documentElement.lang = browser.i18n.getUILanguage();
document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
document.title = browser.i18n.getMessage('extName');
if (root) render(<App />, root);
