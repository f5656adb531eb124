// The recon.yaml schema. Every key is optional: defaults make a bare `recon clean file.csv` work.
import { z } from 'zod';
import { CANONICAL_FIELDS } from '../types.js';

const canonicalField = z.enum(CANONICAL_FIELDS);

export const sourceConfigSchema = z
  .object({
    /** Header → canonical field; null forces a column to pass through untouched. */
    mapping: z.record(z.string(), canonicalField.nullable()).optional(),
    encoding: z.string().optional(),
    delimiter: z.string().min(1).max(1).optional(),
    sheet: z.union([z.string(), z.number().int().positive()]).optional(),
    headerRow: z.number().int().positive().optional(),
    /** ISO country of this source's records when the row has none (phones, postcodes). */
    region: z.string().length(2).optional(),
    /** How this source's 03/04/2024 reads; wins over the order inferred from its columns and defaults.dateOrder. */
    dateOrder: z.enum(['dmy', 'mdy', 'ymd']).optional(),
    /** Rank in survivorship by source priority: lower wins. */
    priority: z.number().int().optional(),
  })
  .strict();

export const configSchema = z
  .object({
    defaults: z
      .object({
        region: z.string().length(2).default('CN'),
        dateOrder: z.enum(['dmy', 'mdy', 'ymd']).default('ymd'),
        autoFix: z.boolean().default(false),
        /** Threads for the stages that use them (standardize, match); default: clean 2, dedupe the cores (at most 4). */
        threads: z.number().int().min(1).max(64).optional(),
      })
      .strict()
      .default({}),
    /** Per source name (the file name without extension, or the `name=` given on the command line). */
    sources: z.record(z.string(), sourceConfigSchema).default({}),
    match: z
      .object({
        matchThreshold: z.number().min(0).max(1).optional(),
        reviewThreshold: z.number().min(0).max(1).optional(),
        maxBlockSize: z.number().int().positive().optional(),
        linkOnly: z.boolean().optional(),
        seed: z.number().int().optional(),
        /** Threads comparing candidate pairs (1 = none besides the main one); default: defaults.threads. */
        threads: z.number().int().min(1).max(64).optional(),
        /** per_rule (default): m by EM within each blocking rule's pairs; global: one EM. */
        training: z.enum(['per_rule', 'global']).optional(),
        blocking: z.array(z.unknown()).optional(),
        comparisons: z.array(z.unknown()).optional(),
      })
      .strict()
      .default({}),
  })
  .strict();

export type ReconConfig = z.infer<typeof configSchema>;
export type SourceConfig = z.infer<typeof sourceConfigSchema>;
