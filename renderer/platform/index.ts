/** The renderer's door to the desktop: see Platform.ts for the interface, docs/desktop.md for the model. */
export { createPlatform } from './createPlatform.ts';
export type {
  Platform,
  OpenResult,
  SaveResult,
  ExportRequest,
  ExportSink,
  ExportStart,
  RecentSession,
  OpenRequest,
  Recovery,
} from './Platform.ts';
export type { MenuCommand } from './DesktopBridge.ts';
export { pickFileInPage } from './pickFileInPage.ts';
export { importedFromFile, isImportable, IMPORT_ACCEPT, type ImportResult } from './importedFromFile.ts';
