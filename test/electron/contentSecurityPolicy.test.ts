import { describe, expect, it } from 'vitest';
import { cspFor, DOCUMENT_CSP, isMathWorkerPath, MATH_WORKER_CSP } from '../../electron/main/contentSecurityPolicy.ts';

const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `));

describe('content security policy', () => {
  it('never allows eval or inline scripts in the document', () => {
    expect(DOCUMENT_CSP).not.toMatch(/unsafe-eval|wasm-unsafe-eval/);
    expect(directive(DOCUMENT_CSP, 'script-src')).toBe("script-src 'self'");
    expect(directive(DOCUMENT_CSP, 'default-src')).toBe("default-src 'none'");
    expect(directive(DOCUMENT_CSP, 'object-src')).toBe("object-src 'none'");
    expect(directive(DOCUMENT_CSP, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive(DOCUMENT_CSP, 'worker-src')).toBe("worker-src 'self'");
    expect(directive(DOCUMENT_CSP, 'connect-src')).toBe("connect-src 'self'");
  });

  it("gives 'unsafe-eval' to the built math worker and to nothing else", () => {
    expect(directive(MATH_WORKER_CSP, 'script-src')).toBe("script-src 'self' 'unsafe-eval'");
    expect(cspFor('assets/mathWorker-Bx3k_9aQ.js')).toBe(MATH_WORKER_CSP);
    expect(cspFor('assets/mathWorker.js')).toBe(MATH_WORKER_CSP);
    expect(cspFor('assets/mathWorkerRows-Ck2_x9.js')).toBe(MATH_WORKER_CSP);
    for (const other of [
      'index.html',
      'assets/index-abc123.js',
      'assets/mathWorker-abc.js.map',
      'mathWorker.js',
      'assets/evil/mathWorker.js',
      'assets/notmathWorker.js',
      'assets/mathWorker-a/b.js',
      'assets/mathWorkerX.js',
      'assets/mathWorkerRowsX.js',
      'assets/styles.css',
    ]) {
      expect(cspFor(other), other).not.toMatch(/unsafe-eval/);
    }
  });

  it('recognises the worker by its built file name only', () => {
    expect(isMathWorkerPath('assets/mathWorker-D4f_x-1.js')).toBe(true);
    expect(isMathWorkerPath('assets/mathWorker-D4f.html')).toBe(false);
  });
});
