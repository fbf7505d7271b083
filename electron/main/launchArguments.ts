import { isAbsolute, resolve } from 'node:path';

/**
 * The session a launch asks to open (double-click on a file, `curvature valley.curvature.json`,
 * or a second instance's command line): the last argument that names a .json file and is not a
 * switch. Electron's own arguments (the executable, the app folder, --flags) are skipped.
 */
export function sessionPathFromArgv(argv: readonly string[], cwd: string): string | null {
  for (let index = argv.length - 1; index >= 1; index--) {
    const argument = argv[index]!;
    if (argument.startsWith('-')) continue;
    if (!argument.toLowerCase().endsWith('.json')) continue;
    return isAbsolute(argument) ? argument : resolve(cwd, argument);
  }
  return null;
}
