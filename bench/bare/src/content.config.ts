// The same Markdown (and meeting YAML) files as the project, through Astro's own glob loader with a
// minimal schema: the baseline the project's pipeline is compared with.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const root = process.env.BARE_CONTENT_DIR;
if (!root) throw new Error('BARE_CONTENT_DIR is not set');

const doc = z.object({ title: z.string() });
const folder = (name: string, pattern: string) => defineCollection({ loader: glob({ pattern, base: `${root}/${name}` }), schema: doc });

export const collections = {
  'hoi-nghi': folder('hoi-nghi', '*.yaml'),
  'thong-bao': folder('thong-bao', '*.md'),
  'noi-dung': folder('noi-dung', '*.md'),
  'kien-nghi': folder('kien-nghi', '*.md'),
  'ket-luan': folder('ket-luan', '*.md'),
};
