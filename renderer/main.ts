import './styles.css';
import iconUrl from '../assets/icons/32x32.png';
import { App } from './app/App.ts';
import { defaultDocument } from './app/defaultDocument.ts';
import { installAutomationHook } from './app/automationHook.ts';

// The page's icon is the app's own, served and bundled by vite from assets/.
document.head.append(Object.assign(document.createElement('link'), { rel: 'icon', type: 'image/png', href: iconUrl }));

/**
 * `?autoplay=0` opens paused (tests and scripted rendering start from a known frame); `?workers=N`
 * samples expensive surfaces with N workers instead of one per core (benchmarks compare them).
 */
const parameters = new URLSearchParams(location.search);
const workers = Number(parameters.get('workers'));
const app = new App(document.getElementById('app')!, defaultDocument(), {
  autoplay: parameters.get('autoplay') !== '0',
  ...(Number.isInteger(workers) && workers >= 1 ? { workers } : {}),
});
installAutomationHook(app);
