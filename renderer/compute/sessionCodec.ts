import type { SessionJob, SessionJobResult } from './sessionJobs.ts';

type Waiting = (result: unknown) => void;

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, Waiting>();

function failAll(message: string): void {
  const callbacks = [...waiting.values()];
  waiting.clear();
  worker?.terminate();
  worker = null;
  for (const callback of callbacks) callback({ ok: false, message });
}

function startWorker(): Worker {
  const started = new Worker(new URL('./sessionWorker.ts', import.meta.url), { type: 'module', name: 'sessionWorker' });
  started.onmessage = (event: MessageEvent<{ id: number; result: unknown }>) => {
    const callback = waiting.get(event.data.id);
    waiting.delete(event.data.id);
    callback?.(event.data.result);
  };
  started.onerror = (event) => {
    event.preventDefault();
    failAll(`The session worker failed${event.message ? `: ${event.message}` : ''}. Try again.`);
  };
  return started;
}

/**
 * Session files are parsed and written in a worker of their own, started on first use: the
 * expression parser that validates a file's function stays out of the page. Where there are no
 * workers (Node, for tests) the same jobs run in place.
 */
export function runSessionJobOffPage<J extends SessionJob>(job: J): Promise<SessionJobResult<J>> {
  if (typeof Worker === 'undefined') return import('./sessionJobs.ts').then(({ runSessionJob }) => runSessionJob(job));
  worker ??= startWorker();
  const id = nextId++;
  const running = worker;
  return new Promise((resolve) => {
    waiting.set(id, resolve as Waiting);
    running.postMessage({ id, job });
  });
}
