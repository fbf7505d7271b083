// Electron fuses flipped in every packaged build (Electron's security checklist): the binary cannot
// be turned into a plain Node (RunAsNode, NODE_OPTIONS, --inspect), and loads only its own,
// integrity-checked app.asar. Keys are @electron/fuses' FuseV1Options names.
export const FUSES = Object.freeze({
  RunAsNode: false,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  EnableCookieEncryption: true,
  GrantFileProtocolExtraPrivileges: false,
});
