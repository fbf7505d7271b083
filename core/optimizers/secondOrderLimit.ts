/**
 * The most parameters a Newton-type method takes: each step factorises the full n×n Hessian
 * (about n³ operations, a few seconds at this size), and a larger one is refused with a message.
 */
export const MAX_SECOND_ORDER_PARAMETERS = 2000;
