import type { InvokeChannel } from '../shared/channels.ts';
import type { InvokeArg, InvokeReply } from '../shared/ipcMessages.ts';
import { ARGUMENT_CHECKS } from './ipcValidation.ts';
import { isTrustedSender, type SenderInfo } from './senderPolicy.ts';

export type InvokeHandlers = { readonly [K in InvokeChannel]: (arg: InvokeArg<K>, sender: SenderInfo) => Promise<InvokeReply<K>> };

/** The error an untrusted or malformed call gets; the page sees only this sentence. */
export class RefusedCall extends Error {
  constructor(channel: string, reason: string) {
    super(`Refused ${channel}: ${reason}`);
    this.name = 'RefusedCall';
  }
}

/**
 * The listener main.ts registers with ipcMain.handle for `channel`: it checks the sender, then the
 * argument, and only then calls the handler. Nothing reaches a handler unchecked.
 */
export function routeInvoke<K extends InvokeChannel>(
  channel: K,
  handlers: InvokeHandlers,
  appWindows: ReadonlySet<number>,
): (sender: SenderInfo, raw: unknown) => Promise<InvokeReply<K>> {
  return async (sender, raw) => {
    if (!isTrustedSender(sender, appWindows)) throw new RefusedCall(channel, 'the sender is not an app window');
    const checked = ARGUMENT_CHECKS[channel](raw);
    if (!checked.ok) throw new RefusedCall(channel, checked.error);
    const handler = handlers[channel] as (arg: InvokeArg<K>, sender: SenderInfo) => Promise<InvokeReply<K>>;
    return handler(checked.value as InvokeArg<K>, sender);
  };
}
