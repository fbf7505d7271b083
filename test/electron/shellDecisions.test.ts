import { describe, expect, it } from 'vitest';
import { decideAfterAnswer, decideClose, UNSAVED_CHANGES_BUTTONS, UNSAVED_CHANGES_CANCEL } from '../../electron/main/closeGuard.ts';
import { sessionPathFromArgv } from '../../electron/main/launchArguments.ts';
import { windowTitle } from '../../electron/main/windowTitle.ts';

describe('closing with unsaved changes', () => {
  it('closes a clean window at once and asks for a dirty one', () => {
    expect(decideClose(false)).toBe('close');
    expect(decideClose(true)).toBe('ask');
  });

  it('maps the answer: Save saves then closes, Don’t Save closes, Cancel and anything else keep the window', () => {
    expect(UNSAVED_CHANGES_BUTTONS[UNSAVED_CHANGES_CANCEL]).toBe('Cancel');
    expect(decideAfterAnswer(0)).toBe('save-then-close');
    expect(decideAfterAnswer(1)).toBe('close');
    expect(decideAfterAnswer(2)).toBe('keep-open');
    expect(decideAfterAnswer(-1)).toBe('keep-open');
  });
});

describe('window title', () => {
  it('marks unsaved changes', () => {
    expect(windowTitle('valley.curvature.json', false)).toBe('valley.curvature.json — Curvature');
    expect(windowTitle('valley.curvature.json', true)).toBe('● valley.curvature.json — Curvature');
    expect(windowTitle('  ', true)).toBe('● Untitled — Curvature');
  });
});

describe('files named on the command line (double-click, file association, second instance)', () => {
  it('finds the session file among Electron’s own arguments', () => {
    expect(sessionPathFromArgv(['/opt/Curvature/curvature', '/home/a/valley.curvature.json'], '/')).toBe('/home/a/valley.curvature.json');
    expect(sessionPathFromArgv(['electron', '.', '--no-sandbox', 'talks/valley.curvature.json'], '/home/a')).toBe(
      '/home/a/talks/valley.curvature.json',
    );
    expect(sessionPathFromArgv(['C:\\Curvature.exe', '--allow-file-access-from-files', 'D:\\valley.curvature.json'], 'C:\\')).toMatch(
      /valley\.curvature\.json$/,
    );
  });

  it('ignores launches without a file and switches that look like files', () => {
    expect(sessionPathFromArgv(['/opt/Curvature/curvature'], '/')).toBeNull();
    expect(sessionPathFromArgv(['electron', '.', '--config=a.json'], '/')).toBeNull();
    expect(sessionPathFromArgv(['/opt/Curvature/curvature', 'notes.txt'], '/')).toBeNull();
  });
});
