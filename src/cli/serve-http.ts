// `newsdesk serve-http`: the HTTP interactions endpoint on PORT (needs DISCORD_PUBLIC_KEY).
// Stateless: run as many replicas as you like behind a load balancer, all with the same settings.
// On SIGINT/SIGTERM it stops taking requests (GET /healthz turns 503), finishes the deferred
// answers in progress, and exits.
import { commands } from '../../commands/index.ts';
import { loadConfig } from '../config.ts';
import { openEngine } from './open-engine.ts';
import { startDesk } from '../ingest/desk.ts';
import { log } from '../log.ts';
import { Router } from '../router.ts';
import { makeRedactor, safeError } from '../surfaces/gateway.ts';

const USAGE = 'usage: newsdesk serve-http [--port N] [--host ADDRESS]   (PORT and DISCORD_PUBLIC_KEY from the environment or .env)';

export async function serveHttp(args: string[]): Promise<number> {
  let port: number | undefined;
  let host: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = () => (a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i]);
    if (a === '--port' || a.startsWith('--port=')) {
      const v = value();
      port = Number(v);
      if (!/^\d{1,5}$/.test(v ?? '') || port > 65535) {
        console.error(`serve-http: --port expects a port number, got "${v ?? ''}".`);
        return 2;
      }
    } else if (a === '--host' || a.startsWith('--host=')) {
      host = value();
      if (!host) {
        console.error('serve-http: --host expects an address, e.g. 0.0.0.0 or 127.0.0.1.');
        return 2;
      }
    } else {
      console.error(`serve-http: unknown argument "${a}"\n${USAGE}`);
      return 2;
    }
  }
  const config = loadConfig();
  if (!config.DISCORD_PUBLIC_KEY) {
    console.error(
      'serve-http: DISCORD_PUBLIC_KEY is not set (in the environment or .env). It is the application\'s public key, 64 hex characters, under General Information in the Discord developer portal; every request is checked against it.',
    );
    return 2;
  }
  const engine = await openEngine(config, log);
  const router = new Router(engine, commands, log);
  // /ingest and /follow, follow updates (posted with DISCORD_TOKEN when set; one replica posts each), and the seeds folder watched.
  startDesk(engine, config, log);
  const { startHttpEndpoint } = await import('../surfaces/http.ts');
  const redact = makeRedactor(config.DISCORD_TOKEN);

  process.on('unhandledRejection', (reason) => log.error({ err: safeError(reason, redact) }, 'unhandled promise rejection'));
  process.on('uncaughtException', (err) => log.fatal({ err: safeError(err, redact) }, 'uncaught exception (kept running)'));

  let endpoint;
  try {
    endpoint = await startHttpEndpoint({ router, log, publicKey: config.DISCORD_PUBLIC_KEY, apiUrl: config.DISCORD_API_URL, port: port ?? config.PORT, host });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    console.error(`serve-http: cannot listen on port ${port ?? config.PORT}: ${e.code === 'EADDRINUSE' ? 'it is in use' : e.message}`);
    return 1;
  }
  log.info({ port: endpoint.port, stories: engine.storyNames().length }, 'HTTP interactions endpoint listening (POST / or /interactions, GET /healthz)');

  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      log.info({ signal }, 'shutting down: finishing the answers in progress');
      const hard = setTimeout(() => resolve(), 20_000);
      hard.unref();
      endpoint
        .close()
        .catch((err) => log.error({ err: safeError(err, redact) }, 'error while shutting down'))
        .finally(() => {
          clearTimeout(hard);
          resolve();
        });
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  log.info('HTTP interactions endpoint stopped');
  // Leave time for the logs to flush; do not hang on a stray handle.
  setTimeout(() => process.exit(process.exitCode ?? 0), 500).unref();
  return 0;
}
