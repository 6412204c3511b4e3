// Settings from the environment (and .env through dotenv), validated once at start-up.
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z.object({
  DISCORD_TOKEN: z.string().min(1).optional(),
  DISCORD_CLIENT_ID: z.string().regex(/^\d{5,25}$/, 'a numeric application id').optional(),
  DISCORD_GUILD_ID: z.string().regex(/^\d{5,25}$/, 'a numeric guild id').optional(),
  DISCORD_API_URL: z.url({ message: 'a URL such as https://discord.com/api' }).default('https://discord.com/api'),
  DISCORD_PUBLIC_KEY: z.string().regex(/^[0-9a-fA-F]{64}$/, '64 hexadecimal characters (the Ed25519 public key)').optional(),
  GATEWAY_SHARDS: z.string().regex(/^(auto|[1-9]\d{0,4})$/, 'auto or a number of shards').optional(),
  PORT: z.coerce.number({ message: 'a port number' }).int().min(0).max(65535).default(8080),
  SEEDS_DIR: z.string().min(1).default('seeds'),
  MAX_ARTICLE_BYTES: z.coerce.number({ message: 'a number of bytes' }).int().positive().default(2_000_000),
  INGEST_ALLOW_PRIVATE: bool.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {}

/** Reads and validates the settings; an empty value counts as unset. Never echoes a value back. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, useDotenv = true): Config {
  if (useDotenv) loadDotenv({ quiet: true });
  const raw: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const v = env[key];
    if (v !== undefined && v.trim() !== '') raw[key] = v.trim();
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: expected ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  return parsed.data;
}
