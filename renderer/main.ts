import './styles.css';
import { App } from './app/App.ts';
import { defaultDocument } from './app/defaultDocument.ts';
import { installAutomationHook } from './app/automationHook.ts';

/** `?autoplay=0` opens paused (tests and scripted rendering start from a known frame). */
const parameters = new URLSearchParams(location.search);
const app = new App(document.getElementById('app')!, defaultDocument(), { autoplay: parameters.get('autoplay') !== '0' });
installAutomationHook(app);
