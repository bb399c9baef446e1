/** The content model: one module per concept, each with its fields, zod schema and entry rules. */
export * from './fields.ts';
export * from './unit.ts';
export * from './calendar-year.ts';
export * from './meeting.ts';
export * from './notice.ts';
export * from './content-doc.ts';
export * from './petition.ts';
export * from './conclusion.ts';
export * from './collections.ts';
