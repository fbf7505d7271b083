// electron-builder afterPack hook: flips the fuses of fuses.mjs in the packaged Electron binary,
// before signing, so the signature covers the flipped binary.
import { join } from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';
import { FUSES } from './fuses.mjs';

/** The file that holds the fuse wire: the .app bundle on macOS, the executable elsewhere. */
export function electronBinary(context) {
  const { electronPlatformName, appOutDir, packager } = context;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas')
    return join(appOutDir, `${packager.appInfo.productFilename}.app`);
  if (electronPlatformName === 'win32') return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  return join(appOutDir, packager.executableName);
}

export function fuseConfig(platform) {
  const config = { version: FuseVersion.V1, resetAdHocDarwinSignature: platform === 'darwin' };
  for (const [name, enabled] of Object.entries(FUSES)) config[FuseV1Options[name]] = enabled;
  return config;
}

export default async function afterPack(context) {
  await flipFuses(electronBinary(context), fuseConfig(context.electronPlatformName));
}
