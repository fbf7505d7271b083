import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../core/expression/hardenedMath.ts';

describe('the mathjs instance', () => {
  it('is 15.2.0 or later (earlier versions have remote-code-execution advisories in the parser)', () => {
    const { version } = createRequire(import.meta.url)('mathjs/package.json') as { version: string };
    const [major, minor] = version.split('.').map(Number) as [number, number];
    expect(major > 15 || (major === 15 && minor >= 2)).toBe(true);
  });

  // Curvature never evaluates with mathjs; this checks the second line of defence anyway.
  for (const name of ['import', 'createUnit', 'evaluate', 'parse', 'simplify', 'derivative', 'resolve', 'compile']) {
    it(`refuses ${name}() inside an expression even if one were evaluated`, () => {
      const node = parse(`${name}("1")`);
      expect(() => node.compile().evaluate({})).toThrow(`Function ${name} is disabled`);
    });
  }

  it('holds the parser only: no arithmetic is reachable, so nothing is ever evaluated by mathjs', () => {
    expect(() => parse('sqrt(-1)').compile().evaluate({})).toThrow('Undefined function sqrt');
  });
});
