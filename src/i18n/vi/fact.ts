/** Facts as the source gives them: unknown, approximate, several (CONTENT-MODEL.md, 0.3.0 additions). */
export default {
  'fact.unknownOption': 'Không rõ',
  'fact.unknown': 'không rõ',
  'fact.approximate': 'hơn {value}',
} as const;
