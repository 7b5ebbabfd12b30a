/** The kit's version; `define()` compares it so two copies of the kit on one page can coexist. */
export const VERSION = '0.2.0';
