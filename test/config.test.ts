import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

describe('configuration', () => {
  it('has defaults for everything optional', () => {
    const c = loadConfig({}, false);
    expect(c).toMatchObject({ DISCORD_API_URL: 'https://discord.com/api', PORT: 8080, SEEDS_DIR: 'seeds', INGEST_ALLOW_PRIVATE: false, LOG_LEVEL: 'info' });
    expect(c.DISCORD_TOKEN).toBeUndefined();
  });

  it('stops on a bad value with a message naming the variable and what is expected', () => {
    expect(() => loadConfig({ PORT: 'eighty' }, false)).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' }, false)).toThrow(/PORT: expected a port number/);
    expect(() => loadConfig({ DISCORD_PUBLIC_KEY: 'xyz' }, false)).toThrow(/DISCORD_PUBLIC_KEY: expected 64 hexadecimal/);
    expect(() => loadConfig({ INGEST_ALLOW_PRIVATE: 'maybe' }, false)).toThrow(/INGEST_ALLOW_PRIVATE/);
  });

  it('never echoes the token, even when something else is wrong', () => {
    const token = 'MTIz.secret-token-value.abc';
    try {
      loadConfig({ DISCORD_TOKEN: token, PORT: '-1', DISCORD_API_URL: 'not a url' }, false);
      expect.unreachable();
    } catch (err) {
      expect(String((err as Error).message)).not.toContain(token);
      expect((err as Error).message).toMatch(/DISCORD_API_URL/);
    }
  });
});
