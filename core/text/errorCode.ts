/** The `code` a Node.js system error carries (EACCES, ENOSPC, …), or EUNKNOWN for anything else thrown. */
export const errorCode = (error: unknown): string =>
  typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
    ? (error as { code: string }).code
    : 'EUNKNOWN';
