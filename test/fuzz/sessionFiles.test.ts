import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSession, parseSessionBytes, parseSessionText, serializeSession, type SessionDocument } from '../../core/index.ts';
import { expectCleanMessage } from './cleanMessage.ts';
import { fuzzFileFormat } from './fuzzFileFormat.ts';
import { fuzzParameters } from './fuzzSettings.ts';

const folder = fileURLToPath(new URL('../../assets/sessions/', import.meta.url));
const examples = readdirSync(folder)
  .filter((name) => name.endsWith('.curvature.json'))
  .sort()
  .map((name) => readFileSync(`${folder}${name}`));

const serialized = (document: SessionDocument): string => {
  const text = serializeSession(document);
  if (!text.ok) throw new Error(text.error.message);
  return text.value;
};

/** An accepted file is a document that saves and loads back to itself. */
function roundTrips(document: SessionDocument): void {
  const again = parseSessionText(serialized(document));
  expect(again.ok, again.ok ? '' : again.error.message).toBe(true);
  if (again.ok) expect(again.value).toEqual(document);
}

fuzzFileFormat({
  name: 'session file',
  validSamples: [...examples.slice(0, 2), serialized(defaultSession())],
  parse: (bytes) => parseSessionBytes(bytes),
  checkAccepted: roundTrips,
});

/** JSON values a hostile or careless editor could put anywhere in a session. */
const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(null, true, false, 0, -0, -1, 1e308, -1e308, 5e-324, 0.1, 2 ** 53 + 2, 1e21),
    fc.double(),
    fc.integer(),
    fc.constantFrom(
      '',
      ' ',
      'x^2 + y^2',
      'rosenbrock',
      'import({}, {})',
      '\u001b[2J\u001b]0;pwned\u0007',
      'a\u0085b\u202e',
      'k'.repeat(5000),
    ),
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'prototype')), tie('value'), {
      maxKeys: 3,
    }),
  ),
})).value;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside a JSON document. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(...value.map((item, index) => paths(item, [...prefix, index])));
  if (value !== null && typeof value === 'object')
    return here.concat(...Object.entries(value).map(([key, item]) => paths(item, [...prefix, key])));
  return here;
}

type Mutation = { readonly pick: number; readonly kind: 'replace' | 'delete' | 'add'; readonly key: string; readonly value: unknown };

/** The document's JSON text after one mutation at one of its paths, written as JSON.stringify would (or raw, for __proto__). */
function mutate(document: Json, { pick, kind, key, value }: Mutation): string {
  const all = paths(document);
  const path = all[pick % all.length]!;
  const copy = JSON.parse(JSON.stringify(document)) as Json;
  if (path.length === 0) return kind === 'replace' ? (JSON.stringify(value) ?? 'null') : JSON.stringify(copy);
  const parent = path.slice(0, -1).reduce<Json>((node, step) => (node as Record<string | number, Json>)[step]!, copy) as Record<
    string | number,
    unknown
  >;
  const last = path[path.length - 1]!;
  if (kind === 'delete') delete parent[last];
  else if (kind === 'replace') parent[last] = value;
  else if (!Array.isArray(parent)) {
    // Written into the text, so "__proto__" arrives as an own key, as it would from a file.
    Object.defineProperty(parent, key, { value, enumerable: true, configurable: true, writable: true });
  }
  return JSON.stringify(copy);
}

describe('fuzz: session mutations through the loader', () => {
  const base = JSON.parse(serialized(defaultSession())) as Json;
  const withRuns = JSON.parse(examples[examples.length - 1]!.toString('utf8')) as Json;

  it('give a clear error or a document that round-trips, and never touch Object.prototype', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const mutation = fc.record({
      pick: fc.nat(),
      kind: fc.constantFrom('replace', 'delete', 'add') as fc.Arbitrary<Mutation['kind']>,
      key: fc.oneof(
        fc.constantFrom('__proto__', 'constructor', 'prototype', 'polluted', 'version', 'function'),
        fc.string({ maxLength: 6 }),
      ),
      value: hostileValue,
    });
    fc.assert(
      fc.property(fc.boolean(), fc.array(mutation, { minLength: 1, maxLength: 3 }), (which, mutations) => {
        let text = JSON.stringify(which ? base : withRuns);
        for (const step of mutations) text = mutate(JSON.parse(text) as Json, step);
        let result;
        try {
          result = parseSessionText(text);
        } catch (error) {
          throw new Error(`the loader threw: ${String(error)}`);
        }
        if (result.ok) roundTrips(result.value);
        else expectCleanMessage(result.error.message);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      fuzzParameters(300),
    );
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
  });
});

describe('fuzz: every field of a session replaced by a hostile value', () => {
  it('gives a clear error or a document that round-trips', () => {
    const base = JSON.parse(JSON.stringify(JSON.parse(examples[examples.length - 1]!.toString('utf8')))) as Json;
    const count = paths(base).length;
    fc.assert(
      fc.property(hostileValue, (value) => {
        for (let pick = 1; pick < count; pick++) {
          const result = parseSessionText(mutate(base, { pick, kind: 'replace', key: '', value }));
          if (result.ok) roundTrips(result.value);
          else expectCleanMessage(result.error.message);
        }
      }),
      fuzzParameters(8),
    );
  });
});
