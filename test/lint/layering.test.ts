import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The dependency rules of docs/architecture.md, as the project's ESLint configuration enforces them. */
const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function restrictions(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message);
}

describe('layering rules', () => {
  it.each([
    ['three', "import { Mesh } from 'three';"],
    ['electron', "import { app } from 'electron';"],
    ['a Node built-in', "import { readFileSync } from 'node:fs';"],
    ['a bare Node built-in', "import zlib from 'zlib';"],
    ['any other package', "import { z } from 'zod';"],
    ['the renderer', "import { App } from '../renderer/app/App.ts';"],
  ])('a core file importing %s fails lint', async (_label, code) => {
    expect(await restrictions('core/probe.ts', `${code}\nexport {};\n`)).not.toEqual([]);
  });

  it('a core file using the DOM fails lint', async () => {
    expect(await restrictions('core/probe.ts', 'export const title = document.title;\n')).not.toEqual([]);
  });

  it('a core file importing mathjs and its own modules passes', async () => {
    expect(
      await restrictions('core/probe.ts', "import { create } from 'mathjs';\nimport { ok } from './result.ts';\nexport { create, ok };\n"),
    ).toEqual([]);
  });

  it('the renderer may not import electron, Node or mathjs', async () => {
    for (const code of [
      "import { ipcRenderer } from 'electron';",
      "import { readFileSync } from 'node:fs';",
      "import { parse } from 'mathjs';",
    ])
      expect(await restrictions('renderer/probe.ts', `${code}\nexport {};\n`), code).not.toEqual([]);
  });

  it('the renderer takes only the command table from electron/, and only through renderer/platform/commandTable.ts', async () => {
    const table =
      "export { COMMANDS } from '../../electron/shared/commands.ts';\nexport { chordLabel } from '../../electron/shared/keyChord.ts';\n";
    expect(await restrictions('renderer/platform/commandTable.ts', table)).toEqual([]);
    expect(await restrictions('renderer/ui/probe.ts', table)).toHaveLength(2);
    expect(
      await restrictions('renderer/platform/commandTable.ts', "export { EVENT_CHANNELS } from '../../electron/shared/channels.ts';\n"),
    ).not.toEqual([]);
  });
});
