/** Issue codes shared with the checker and the map filter (the glossary's identifiers). Apart from faq-data.ts so the
 * widget can name its filters without loading the parser. */
export const ISSUES = [
  'unpaid-wages',
  'work-injury',
  'confirm-employment',
  'double-wages',
  'social-insurance',
  'project-payment',
  'labour-arbitration',
  'legal-aid',
] as const;
export type Issue = (typeof ISSUES)[number];
