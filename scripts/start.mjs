// `npm start`: the desktop app when Electron's binary is installed, else the same renderer in the
// browser, after saying why in one paragraph: its production build (built again only when a
// source changed), served locally. `npm run web` is the dev server, for development.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { buildWeb, isWebBuildFresh } from './webBuild.mjs';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));

/** The Electron executable, or null: require('electron') throws when its install script could not download it. */
function electronBinary() {
  try {
    const path = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** Runs a child with this terminal, passes Ctrl+C on, and exits with its code. */
function runForeground(command, args, env = process.env) {
  const child = spawn(command, args, { cwd: projectRoot, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const electron = electronBinary();
if (electron) {
  const build = spawnSync(npm, ['run', 'build:desktop'], { cwd: projectRoot, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  // A variable left over from another tool would start Electron as plain Node.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  runForeground(electron, [projectRoot, ...process.argv.slice(2)], env);
} else {
  const port = process.env.PORT ?? '5173';
  process.stdout.write(
    [
      '',
      `Electron's binary is not installed, so Curvature opens in your browser instead (http://127.0.0.1:${port}).`,
      "The electron package is present, but its install script could not download the binary (no access to Electron's download host, or ELECTRON_SKIP_BINARY_DOWNLOAD was set).",
      'To get the desktop app, run `npm rebuild electron` (or `npx electron --version`, which installs it) on a machine with network access,',
      'or set ELECTRON_MIRROR to an Electron mirror you can reach before that command; then run `npm start` again.',
      'The browser version is the same renderer: sessions are downloaded and uploaded as files, and autosaved in local storage.',
      '',
      '',
    ].join('\n'),
  );
  if (!isWebBuildFresh()) {
    process.stdout.write('Building the page (once after each change of its sources)…\n');
    await buildWeb();
  }
  runForeground(process.execPath, [vite, 'preview', '--config', 'renderer/vite.config.ts']);
}
