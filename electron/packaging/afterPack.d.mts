/** electron-builder's afterPack context, as far as the hook reads it. */
export interface AfterPackContext {
  readonly electronPlatformName: string;
  readonly appOutDir: string;
  readonly packager: { readonly executableName: string; readonly appInfo: { readonly productFilename: string } };
}
export declare function electronBinary(context: AfterPackContext): string;
export declare function fuseConfig(platform: string): Record<string, unknown>;
export default function afterPack(context: AfterPackContext): Promise<void>;
