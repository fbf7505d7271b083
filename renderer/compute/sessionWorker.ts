import { runSessionJob, type SessionJob } from './sessionJobs.ts';

/** Parses and writes session files off the page, so the page's bundle carries no expression parser. */
self.onmessage = (event: MessageEvent<{ readonly id: number; readonly job: SessionJob }>) => {
  const { id, job } = event.data;
  let reply: { id: number; result: unknown };
  try {
    reply = { id, result: runSessionJob(job) };
  } catch (error) {
    reply = {
      id,
      result: { ok: false, message: `The session could not be read: ${error instanceof Error ? error.message : String(error)}` },
    };
  }
  self.postMessage(reply);
};
