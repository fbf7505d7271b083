import fc from 'fast-check';

/**
 * Random functions of x and y as text, built only from pieces that are smooth on all of R²
 * (so central differences are meaningful everywhere): polynomials, sin, cos, atan, tanh,
 * bounded exponentials, and logs and roots of arguments kept positive.
 */
export const smoothExpression: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('x', 'y', '0.5', '2', '3', 'pi'),
    fc.tuple(fc.constantFrom('sin', 'cos', 'atan', 'tanh'), tie('expr')).map(([fn, a]) => `${fn}(${a})`),
    tie('expr').map((a) => `exp(sin(${a}))`),
    tie('expr').map((a) => `log(1.5 + (${a})^2)`),
    tie('expr').map((a) => `sqrt(1 + (${a})^2)`),
    fc.tuple(tie('expr'), fc.constantFrom('+', '-', '*'), tie('expr')).map(([a, op, b]) => `(${a}) ${op} (${b})`),
    fc.tuple(tie('expr'), tie('expr')).map(([a, b]) => `(${a}) / (2 + (${b})^2)`),
    fc.tuple(tie('expr'), fc.constantFrom(2, 3)).map(([a, n]) => `(${a})^${n}`),
  ),
})).expr;

export const point = fc.tuple(fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true }));
