// Reads recon.yaml (or .json) and validates it; a bad config names the file and the key.
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { configSchema, type ReconConfig } from './schema.js';
import { InputError } from '../io/index.js';

export function defaultConfig(): ReconConfig {
  return configSchema.parse({});
}

export function parseConfig(text: string, file: string): ReconConfig {
  let data: unknown;
  try {
    data = parseYaml(text) ?? {};
  } catch (err) {
    throw new InputError(`${file}: not valid YAML: ${(err as Error).message.split('\n')[0]}`, file);
  }
  const result = configSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const key = issue.path.join('.') || '(top level)';
    throw new InputError(`${file}: ${key}: ${issue.message}`, file);
  }
  return result.data;
}

export async function loadConfig(file: string | undefined): Promise<ReconConfig> {
  if (!file) return defaultConfig();
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new InputError(`${file}: cannot read config: ${(err as NodeJS.ErrnoException).code ?? err}`, file);
  }
  return parseConfig(text, file);
}
