/** Caps applied before the parser sees the text, so no input can exhaust time or stack. */
export const EXPRESSION_LIMITS = {
  /** Characters; the longest preset (goldstein-price) is about 130. */
  maxLength: 2000,
  /** Nesting of ( and [; deeper input could overflow the recursive-descent parser. */
  maxDepth: 64,
  /** Nodes of the parsed tree. */
  maxNodes: 1000,
  /** Powers inside powers (x^x^x…): each level multiplies the size of the derivatives. */
  maxPowerNesting: 16,
} as const;
