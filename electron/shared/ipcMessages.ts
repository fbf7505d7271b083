import type {
  ExportBeginOutcome,
  ExportRequest,
  ExportStepOutcome,
  OpenOutcome,
  Recovery,
  RecentFile,
  SaveOutcome,
  WindowState,
} from './contract.ts';
import type { InvokeChannel } from './channels.ts';
import type { MenuChecks, MenuCommand } from './commands.ts';

/** Argument and reply of every renderer → main channel. */
export interface InvokeMessages {
  'session:open': { arg: undefined; reply: OpenOutcome };
  'session:open-recent': { arg: { readonly path: string }; reply: OpenOutcome };
  'session:open-dropped': { arg: { readonly path: string }; reply: OpenOutcome };
  'session:save': { arg: { readonly text: string }; reply: SaveOutcome };
  'session:save-as': { arg: { readonly text: string; readonly suggestedName: string }; reply: SaveOutcome };
  'export:begin': { arg: ExportRequest; reply: ExportBeginOutcome };
  'export:chunk': { arg: { readonly id: string; readonly position: number; readonly bytes: Uint8Array }; reply: ExportStepOutcome };
  'export:finish': { arg: { readonly id: string }; reply: SaveOutcome };
  'export:abort': { arg: { readonly id: string }; reply: ExportStepOutcome };
  'recent:list': { arg: undefined; reply: readonly RecentFile[] };
  'recent:clear': { arg: undefined; reply: void };
  'window:set-state': { arg: WindowState; reply: void };
  'menu:set-checks': { arg: MenuChecks; reply: void };
  'autosave:write': { arg: { readonly text: string }; reply: void };
  'autosave:clear': { arg: undefined; reply: void };
  'recovery:take': { arg: undefined; reply: Recovery | null };
}

/** Compile-time check that the table above names exactly the channels of channels.ts. */
export type ChannelsCovered = [InvokeChannel] extends [keyof InvokeMessages]
  ? [keyof InvokeMessages] extends [InvokeChannel]
    ? true
    : never
  : never;

export type InvokeArg<K extends keyof InvokeMessages> = InvokeMessages[K]['arg'];
export type InvokeReply<K extends keyof InvokeMessages> = InvokeMessages[K]['reply'];

/** Payload of every main → renderer event. */
export interface EventMessages {
  'menu:command': MenuCommand;
  'session:open-request': RecentFile;
}
