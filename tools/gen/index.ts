/** Generated content roots (benchmarks, scale tests): see ./corpus.ts. */
export {
  generateCorpus,
  unitSeed,
  GROUPS,
  MEETING_STATUSES,
  PETITION_STATUSES,
  type Corpus,
  type CorpusOptions,
  type CorpusStats,
} from './corpus.ts';
export { generateRoots, prepareOut, writeFiles, GENERATED_MARKER, type GenerateOptions, type GeneratedRoot } from './write.ts';
export { Random, hashSeed } from './random.ts';
