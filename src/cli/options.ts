// Options several commands share, and turning them into library options.
import { Command, InvalidArgumentError, Option } from 'commander';
import { loadConfig } from '../config/load.js';
import type { ReconConfig } from '../config/schema.js';
import type { MatchSettings } from '../match/index.js';
import type { CommonReadOptions } from '../pipeline/sources.js';

export interface SharedOptions {
  config?: string;
  encoding?: string;
  delimiter?: string;
  sheet?: string;
  defaultRegion?: string;
  dateOrder?: 'dmy' | 'mdy' | 'ymd';
  threads?: number;
  quiet?: boolean;
  json?: boolean;
}

export function addReadOptions(cmd: Command): Command {
  return cmd
    .option('--encoding <name>', 'input encoding (default: detected): utf-8, utf-16le, gbk, gb18030, windows-1252 …')
    .option('--delimiter <char>', 'CSV delimiter (default: sniffed); use "\\t" for tab')
    .option('--sheet <name|index>', 'xlsx sheet by name or 1-based index (default: first)');
}

export function addStandardizeOptions(cmd: Command): Command {
  return cmd
    .option('--config <file>', 'recon.yaml with defaults, per-source mappings and match settings')
    .option('--default-region <CC>', 'ISO country for phones without a country code (default: CN)')
    .addOption(new Option('--date-order <order>', 'how to read 03/04/2024').choices(['dmy', 'mdy', 'ymd']))
    .addOption(new Option('--threads <n>', 'threads (default: clean 2; dedupe and explain the cores, at most 4)').argParser(positiveInteger));
}

export function addOutputOptions(cmd: Command): Command {
  return cmd
    .option('-q, --quiet', 'no progress or talk on stderr (warnings stay)')
    .option('--json', 'print the machine-readable summary on stdout');
}

export function readOptions(o: SharedOptions): CommonReadOptions {
  const sheet = o.sheet === undefined ? undefined : /^\d+$/.test(o.sheet) ? Number(o.sheet) : o.sheet;
  const delimiter = o.delimiter === '\\t' || o.delimiter === 'tab' ? '\t' : o.delimiter;
  return { encoding: o.encoding, delimiter, sheet };
}

/** The config file, with command-line options taking precedence over it. */
export async function resolveConfig(o: SharedOptions): Promise<ReconConfig> {
  const config = await loadConfig(o.config);
  if (o.defaultRegion) config.defaults.region = o.defaultRegion.toUpperCase();
  if (o.dateOrder) config.defaults.dateOrder = o.dateOrder;
  if (o.threads !== undefined) {
    config.defaults.threads = o.threads;
    delete config.match.threads; // the command line says for every stage
  }
  return config;
}

/** Option parsers shared by the commands that take match settings. */
export function probability(v: string): number {
  const n = Number(v);
  if (!(n >= 0 && n <= 1)) throw new InvalidArgumentError('expected a probability between 0 and 1');
  return n;
}

export function integer(v: string): number {
  if (!/^-?\d+$/.test(v)) throw new InvalidArgumentError('expected an integer');
  return Number(v);
}

export function positiveInteger(v: string): number {
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return Number(v);
}

/** The match settings dedupe and explain take on the command line, over recon.yaml's. */
export interface MatchCliOptions {
  linkOnly?: boolean;
  seed?: number;
  threshold?: number;
  reviewThreshold?: number;
}

export function matchOverrides(o: MatchCliOptions): Partial<MatchSettings> {
  return {
    ...(o.linkOnly ? { linkOnly: true } : {}),
    ...(o.seed !== undefined ? { seed: o.seed } : {}),
    ...(o.threshold !== undefined ? { matchThreshold: o.threshold } : {}),
    ...(o.reviewThreshold !== undefined ? { reviewThreshold: o.reviewThreshold } : {}),
  };
}
