import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileObjective, localModels } from '../../core/index.ts';
import { runCliInProcess } from '../support/runCliInProcess.ts';
import { expectCleanMessage, UNSAFE_CHARACTER } from './cleanMessage.ts';
import { fuzzParameters } from './fuzzSettings.ts';

/** Pieces of mathjs syntax, allowed or not, that combine into hostile expressions. */
const atom = fc.oneof(
  fc.constantFrom('x', 'y', 'pi', 'e', '0', '1', '2.5', '1e308', '1e-320', '0^0', 'NaN', 'Infinity', 'i', 'X', 'xy', 'z'),
  fc.constantFrom('"s"', "'s'", '#', '\n', '\t', ';', ',', ':', '?', '!', "'", '=', '.', '[', ']', '{', '}', '@', '$', '\\'),
  fc.constantFrom('\u0085', '\u202e', '\u001b[2J', '\u0007', '\u2212', '\u00d7', '\u200b', '\ud800', '\u{1d465}', '\u007f'),
  fc.constantFrom('import', 'evaluate', 'createUnit', 'constructor', '__proto__', 'cos.constructor', 'toString', 'sin', 'abs'),
  fc.double().map(String),
);

const hostileExpression: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    atom,
    fc
      .tuple(tie('expr'), fc.constantFrom('+', '-', '*', '/', '^', '%', ' mod ', ' to ', '<', '==', ' and ', '.*', ''), tie('expr'))
      .map(([a, op, b]) => `${a}${op}${b}`),
    fc.tuple(fc.constantFrom('sin', 'log', 'sqrt', 'abs', 'exp', 'atan', 'f', 'import', 'x'), tie('expr')).map(([fn, a]) => `${fn}(${a})`),
    tie('expr').map((a) => `(${a})`),
    fc.tuple(tie('expr'), fc.integer({ min: 60, max: 400 })).map(([a, n]) => `${'('.repeat(n)}${a}${')'.repeat(n)}`),
    fc
      .tuple(tie('expr'), fc.integer({ min: 10, max: 300 }))
      .map(([a, n]) => `(y #${')'.repeat(n)}\n+${'('.repeat(n)}${a}${')'.repeat(n)})`),
    fc
      .tuple(tie('expr'), fc.integer({ min: 2, max: 700 }), fc.constantFrom('-', '^x', '+x', '!', "'", '?x:', ' '))
      .map(([a, n, piece]) => `${piece.repeat(n)}${a}`),
  ),
})).expr;

/** A compiled function either refuses with a clean message or answers at a point with numbers or a clean message. */
function checkCompile(text: string): void {
  const compiled = compileObjective(text);
  if (!compiled.ok) {
    expectCleanMessage(compiled.error.message);
    expect(compiled.error.start).toBeGreaterThanOrEqual(0);
    expect(compiled.error.end).toBeLessThanOrEqual(Math.max(text.length, compiled.error.start));
    return;
  }
  const models = localModels(compiled.value, 0.5, -0.25);
  if (!models.ok) expectCleanMessage(models.error.message);
  else expect([models.value.value, ...models.value.gradient, ...models.value.eigenvalues].every(Number.isFinite)).toBe(true);
}

describe('fuzz: expressions through the validator', () => {
  it('random strings of any characters', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), checkCompile), fuzzParameters(500));
  });

  it('random bytes read as Latin-1 (every C1 control among them)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 120 }), (bytes) => checkCompile(String.fromCharCode(...bytes))),
      fuzzParameters(300),
    );
  });

  it('grammar-generated hostile expressions', () => {
    fc.assert(fc.property(hostileExpression, checkCompile), fuzzParameters(500));
  });
});

describe("fuzz: the CLI's in-process entry", () => {
  it('inspect and sample: exit 0 with JSON holding finite numbers, or exit 2 with one clean line', async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileExpression,
        fc.constantFrom('0,0', '1,1', '1e154,0', '-1e308,1e308', 'NaN,1', '1,', '\u001b[2J,1'),
        fc.boolean(),
        async (fn, at, sample) => {
          const args = sample ? ['sample', '--function', fn, '--size', '3'] : ['inspect', '--function', fn, '--at', at];
          const run = await runCliInProcess(args);
          if (run.code === 0) {
            const parsed: unknown = JSON.parse(run.stdout);
            expect(JSON.stringify(parsed)).not.toMatch(/Infinity|NaN/);
            if (!sample) expect(JSON.stringify(parsed)).not.toMatch(/"(value|gradient|hessian|eigenvalues|eigenvectors)":(null|\[null)/);
            return;
          }
          expect(run.code, run.stderr).toBe(2);
          expect(run.stdout).toBe('');
          expect(run.stderr.endsWith('\n')).toBe(true);
          expect(run.stderr.slice(0, -1)).not.toMatch(UNSAFE_CHARACTER);
          expectCleanMessage(run.stderr.slice(0, -1), 700);
        },
      ),
      fuzzParameters(200),
    );
  });

  it('random arguments of any characters', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'binary', maxLength: 30 }), { maxLength: 5 }), async (args) => {
        const run = await runCliInProcess(args);
        if (run.code === 0) return;
        expect(run.code).toBe(2);
        expectCleanMessage(run.stderr.slice(0, -1), 700);
      }),
      fuzzParameters(200),
    );
  });
});
