// The HTTP interactions endpoint: Discord POSTs each interaction to a URL of ours instead of sending
// it over the gateway. node:http only; every request is verified (Ed25519 over timestamp + body with
// the application's public key) and answered through the same Router and renderer as the gateway bot.
//
// Stateless: nothing is kept between requests (button state travels in custom ids, the follow-up
// of a deferred answer uses the interaction's own token), so any number of replicas behind any load
// balancer serve one bot. The only memory is the per-user cooldown, which is per replica.
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OptionValues } from '../../commands/types.ts';
import type { Logger } from '../log.ts';
import { toAutocompleteChoices, toDiscordPayload, type DiscordFile, type DiscordMessageBody, type DiscordPayload } from '../render/discord.ts';
import { errorReply, type Reply } from '../reply.ts';
import type { Router } from '../router.ts';
import { makeRedactor, safeError } from './gateway.ts';
import { Lane, withTimeLimit } from './lane.ts';

export const DEFER_AFTER_MS = 1000;
/** A request that has waited this long for its turn (the process is busy) is acknowledged first. */
export const BEHIND_AFTER_MS = 1500;
export const HANDLER_TIMEOUT_MS = 14 * 60 * 1000;
export const MAX_BODY_BYTES = 256 * 1024;
/** Discord's advice: refuse a request whose timestamp is more than a few minutes off (replays). */
export const MAX_SKEW_S = 5 * 60;

// Interaction and callback types (discord-api-types numbers).
const PING = 1;
const APPLICATION_COMMAND = 2;
const MESSAGE_COMPONENT = 3;
const AUTOCOMPLETE = 4;
const PONG = 1;
const CHANNEL_MESSAGE = 4;
const DEFERRED_CHANNEL_MESSAGE = 5;
const DEFERRED_UPDATE = 6;
const UPDATE_MESSAGE = 7;
const AUTOCOMPLETE_RESULT = 8;
const EPHEMERAL = 64;

export interface HttpEndpointOptions {
  router: Router;
  log: Logger;
  /** The application's Ed25519 public key, 64 hex characters (Developer Portal → General Information). */
  publicKey: string;
  /** REST base for follow-ups of deferred answers (DISCORD_API_URL). */
  apiUrl: string;
  port?: number;
  host?: string;
  /** Defer when a handler has not answered within this many ms (Discord allows 3 s in all). */
  deferAfterMs?: number;
  /** Defer before the handler runs when the request has already waited this long (default 1,500 ms). */
  behindAfterMs?: number;
  handlerTimeoutMs?: number;
  /** Requests with a bigger body get 413 (default 256 KiB). */
  maxBodyBytes?: number;
  maxSkewS?: number;
  /** Seconds since the epoch (tests). */
  now?: () => number;
  /** Run the option-less commands once before listening, so the first users get warm answers (default true). */
  warm?: boolean;
}

export interface HttpEndpoint {
  server: Server;
  port: number;
  url: string;
  /** Resolves when every deferred answer in progress has been sent. */
  idle(): Promise<void>;
  /** Stops accepting requests (health turns 503), finishes what is in progress, closes. */
  close(): Promise<void>;
}

/** Starts the endpoint; resolves once it listens. */
export async function startHttpEndpoint(options: HttpEndpointOptions): Promise<HttpEndpoint> {
  if (options.warm ?? true) options.log.info({ ms: await options.router.warm() }, 'default views ready');
  const handler = createInteractionsHandler(options);
  const server = createServer({ requestTimeout: 15_000, headersTimeout: 10_000, keepAliveTimeout: 65_000 }, handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (err) => options.log.error({ err: safeError(err) }, 'HTTP server error'));
  const port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}`,
    idle: handler.idle,
    close: () =>
      (closing ??= (async () => {
        handler.drain();
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        await handler.idle();
        server.closeAllConnections();
        await closed;
      })()),
  };
}

export interface InteractionsHandler {
  (req: IncomingMessage, res: ServerResponse): void;
  idle(): Promise<void>;
  /** From now on /healthz answers 503 so a load balancer stops sending requests here. */
  drain(): void;
}

/** The request handler alone, to mount in another node:http server. */
export function createInteractionsHandler(options: HttpEndpointOptions): InteractionsHandler {
  const { router, log } = options;
  const key = publicKeyFromHex(options.publicKey);
  const maxBody = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const maxSkew = options.maxSkewS ?? MAX_SKEW_S;
  const now = options.now ?? (() => Date.now() / 1000);
  const redact = makeRedactor(undefined);
  const rest = new FollowUps(options.apiUrl, log, redact);
  const deps: Deps = {
    router,
    log,
    rest,
    redact,
    deferAfterMs: options.deferAfterMs ?? DEFER_AFTER_MS,
    behindAfterMs: options.behindAfterMs ?? BEHIND_AFTER_MS,
    lane: new Lane(),
    handlerTimeoutMs: options.handlerTimeoutMs ?? HANDLER_TIMEOUT_MS,
  };
  const pending = new Set<Promise<void>>();
  let draining = false;
  const started = Date.now();

  const handler = ((req: IncomingMessage, res: ServerResponse) => {
    const arrived = Date.now();
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz' || path === '/health') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { error: 'use GET' }, { allow: 'GET' });
      return send(res, draining ? 503 : 200, {
        status: draining ? 'draining' : 'ok',
        stories: router.engine.storyNames().length,
        // Stories a start is still analysing in the background (each is analysed first when asked about).
        analysing: router.engine.analysing(),
        inFlight: pending.size,
        uptimeS: Math.round((Date.now() - started) / 1000),
      });
    }
    if (path !== '/' && path !== '/interactions') return send(res, 404, { error: 'not found: POST interactions to / or /interactions' });
    if (req.method !== 'POST') return send(res, 405, { error: 'use POST' }, { allow: 'POST' });

    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBody) return refuseTooLarge(req, res, maxBody);
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (c: Buffer) => {
      if (tooLarge) return;
      size += c.length;
      if (size > maxBody) {
        tooLarge = true;
        refuseTooLarge(req, res, maxBody);
        return;
      }
      chunks.push(c);
    });
    req.on('error', () => undefined);
    req.on('end', () => {
      if (tooLarge) return;
      const body = Buffer.concat(chunks);
      const problem = checkSignature(req, body, key, now(), maxSkew);
      if (problem) {
        log.warn({ reason: problem, ip: req.socket.remoteAddress }, 'refused an unsigned or badly signed request');
        return send(res, 401, { error: 'invalid request signature' });
      }
      let interaction: Interaction;
      try {
        interaction = JSON.parse(body.toString('utf8'));
        if (!interaction || typeof interaction !== 'object' || typeof interaction.type !== 'number') throw new Error('no type');
      } catch {
        return send(res, 400, { error: 'expected an interaction (JSON)' });
      }
      const task = dispatch(interaction, res, deps, arrived).catch((err) => {
        log.error({ err: safeError(err, redact), interaction: interaction.id }, 'interaction handler crashed');
        if (!res.headersSent) send(res, 500, { error: 'internal error' });
      });
      pending.add(task);
      void task.finally(() => pending.delete(task));
    });
  }) as InteractionsHandler;

  handler.idle = async () => {
    while (pending.size) await Promise.allSettled([...pending]);
    await rest.idle();
  };
  handler.drain = () => {
    draining = true;
  };
  return handler;
}

// ---------------------------------------------------------------------------------------------
// Verification

const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** An Ed25519 public key from its raw 32 bytes in hex, as the Developer Portal shows it. */
export function publicKeyFromHex(hex: string): KeyObject {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new Error('DISCORD_PUBLIC_KEY must be 64 hexadecimal characters (the Ed25519 public key)');
  return createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, Buffer.from(hex, 'hex')]), format: 'der', type: 'spki' });
}

/** Why a request is not from Discord, or undefined when its signature and timestamp are good. */
export function checkSignature(req: IncomingMessage, body: Buffer, key: KeyObject, nowS: number, maxSkewS = MAX_SKEW_S): string | undefined {
  const signature = header(req, 'x-signature-ed25519');
  const timestamp = header(req, 'x-signature-timestamp');
  if (!signature || !timestamp) return 'missing signature headers';
  if (!/^[0-9a-fA-F]{128}$/.test(signature)) return 'malformed signature';
  if (!/^\d{1,13}$/.test(timestamp)) return 'malformed timestamp';
  let ok = false;
  try {
    ok = verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), body]), key, Buffer.from(signature, 'hex'));
  } catch {
    ok = false;
  }
  if (!ok) return 'bad signature';
  if (Math.abs(nowS - Number(timestamp)) > maxSkewS) return 'stale timestamp';
  return undefined;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

// ---------------------------------------------------------------------------------------------
// Answering

export interface RawOption {
  name: string;
  type: number;
  value?: string | number | boolean;
  focused?: boolean;
  options?: RawOption[];
}

interface Interaction {
  id: string;
  application_id: string;
  type: number;
  token: string;
  data?: {
    name?: string;
    options?: RawOption[];
    custom_id?: string;
    component_type?: number;
    resolved?: { attachments?: Record<string, { url?: string }> };
  };
  guild_id?: string;
  member?: { user?: { id?: string }; permissions?: string };
  user?: { id?: string };
}

interface Deps {
  router: Router;
  log: Logger;
  rest: FollowUps;
  redact: (s: string) => string;
  deferAfterMs: number;
  behindAfterMs: number;
  handlerTimeoutMs: number;
  lane: Lane;
}

async function dispatch(i: Interaction, res: ServerResponse, deps: Deps, arrived: number): Promise<void> {
  const started = performance.now();
  if (i.type === PING) {
    send(res, 200, { type: PONG });
    deps.log.debug('answered a PING');
    return;
  }
  const userId = i.member?.user?.id ?? i.user?.id;
  const base = { interaction: i.id, user: userId, guild: i.guild_id };
  // In a server, `member.permissions` is what the member may do in that channel (Discord computes it).
  const meta = { userId, interactionId: i.id, guildId: i.guild_id, memberPermissions: i.guild_id ? i.member?.permissions : undefined };
  const data = i.data ?? {};

  if (i.type === AUTOCOMPLETE) {
    const log = deps.log.child({ ...base, kind: 'autocomplete', command: data.name });
    let choices: { name: string; value: string }[] = [];
    const t0 = performance.now();
    try {
      const all = flatten(data.options ?? []);
      const focused = all.find((o) => o.focused);
      const others = plainOptions(all.filter((o) => !o.focused), data.resolved);
      if (focused && data.name) choices = toAutocompleteChoices(deps.router.autocomplete(data.name, focused.name, String(focused.value ?? ''), others));
    } catch (err) {
      log.error({ err: safeError(err, deps.redact) }, 'autocomplete failed; answering with no choices');
    }
    send(res, 200, { type: AUTOCOMPLETE_RESULT, data: { choices } });
    log.debug({ ms: round(performance.now() - started), handlerMs: round(performance.now() - t0), choices: choices.length }, 'autocompleted');
    return;
  }

  const isButton = i.type === MESSAGE_COMPONENT;
  if ((i.type !== APPLICATION_COMMAND && !isButton) || (isButton && data.component_type !== 2) || (!isButton && !data.name) || (isButton && !data.custom_id)) {
    deps.log.debug({ ...base, type: i.type }, 'unsupported interaction');
    send(res, 200, { type: CHANNEL_MESSAGE, data: toDiscordPayload(errorReply('This kind of interaction is not supported.')).body });
    return;
  }
  const log = deps.log.child({ ...base, kind: isButton ? 'button' : 'command', ...(isButton ? { customId: data.custom_id } : { command: data.name }) });
  let handlerMs: number | undefined;
  const produce = async (): Promise<Reply> => {
    const t0 = performance.now();
    try {
      return await (isButton ? deps.router.button(data.custom_id!, meta) : deps.router.run(data.name!, plainOptions(flatten(data.options ?? []), data.resolved), meta));
    } finally {
      handlerMs = round(performance.now() - t0);
    }
  };

  // Take a turn in the lane; if the wait is long, acknowledge (defer) meanwhile so 3 s hold.
  const deferNow = (why: string) => {
    if (res.headersSent) return;
    log.debug({ why, waitedMs: Date.now() - arrived }, 'deferring');
    send(res, 200, { type: isButton ? DEFERRED_UPDATE : DEFERRED_CHANNEL_MESSAGE });
  };
  const watchdog = setTimeout(() => deferNow('waiting for its turn'), Math.max(0, arrived + deps.behindAfterMs - Date.now()));
  try {
    await deps.lane.turn();
  } finally {
    clearTimeout(watchdog);
  }
  if (Date.now() > arrived + deps.behindAfterMs) deferNow('behind');

  const work = withTimeLimit(produce(), deps.handlerTimeoutMs)
    .then((reply) => render(reply, log))
    .catch((err) => {
      log.error({ err: safeError(err, deps.redact), handlerMs }, 'interaction failed; answering with an error');
      return toDiscordPayload(errorReply('Something went wrong while answering. The error was logged; try again in a moment.'));
    });
  let first: DiscordPayload | undefined;
  if (!res.headersSent) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    first = await Promise.race([work, new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), deps.deferAfterMs)))]);
    clearTimeout(timer);
  }

  // Quick and without files: the answer is the HTTP response itself (files cannot travel in it).
  if (first && !first.files.length && !res.headersSent) {
    const ephemeral = Boolean(first.body.flags);
    send(res, 200, { type: isButton && !ephemeral ? UPDATE_MESSAGE : CHANNEL_MESSAGE, data: first.body });
    log.info({ ms: round(performance.now() - started), handlerMs, deferred: false }, 'answered');
    return;
  }

  // Slow, or files to upload: acknowledge now, then send the message over REST with the token.
  const knownEphemeral = !res.headersSent && Boolean(first?.body.flags);
  if (!res.headersSent) {
    if (isButton) send(res, 200, { type: DEFERRED_UPDATE });
    else send(res, 200, { type: DEFERRED_CHANNEL_MESSAGE, ...(knownEphemeral ? { data: { flags: EPHEMERAL } } : {}) });
    if (!first) log.debug({ afterMs: deps.deferAfterMs }, 'handler is slow; deferred');
  }
  const payload = first ?? (await work);
  const ephemeral = Boolean(payload.body.flags);
  const token = { applicationId: i.application_id, token: i.token };
  try {
    if (ephemeral && !(knownEphemeral && !isButton)) {
      // A public placeholder cannot become private: remove it (commands) and follow up privately.
      if (!isButton) await deps.rest.deleteOriginal(token).catch(() => undefined);
      await deps.rest.followUp(token, payload);
    } else {
      await deps.rest.editOriginal(token, payload);
    }
    log.info({ ms: round(performance.now() - started), handlerMs, deferred: true }, 'answered');
  } catch (err) {
    log.error({ err: safeError(err, deps.redact) }, 'could not send the deferred answer; trying an error follow-up');
    await deps.rest
      .followUp(token, toDiscordPayload(errorReply('Something went wrong while answering. The error was logged; try again in a moment.')))
      .catch((e) => log.error({ err: safeError(e, deps.redact) }, 'could not send the error answer either'));
  }
}

function render(reply: Reply, log: Logger): DiscordPayload {
  const payload = toDiscordPayload(reply);
  if (payload.adjustments.length) log.warn({ adjustments: payload.adjustments }, 'reply shortened to fit Discord limits');
  return payload;
}

function flatten(options: RawOption[]): RawOption[] {
  return options.flatMap((o) => (o.options?.length ? flatten(o.options) : [o]));
}

/** Option values as the handlers expect them (attachments by URL), as the gateway does. */
function plainOptions(options: RawOption[], resolved: NonNullable<Interaction['data']>['resolved']): OptionValues {
  const out: OptionValues = {};
  for (const o of options) {
    if (o.value === undefined || o.value === null) continue;
    if (o.type === 11) out[o.name] = resolved?.attachments?.[String(o.value)]?.url ?? String(o.value);
    else out[o.name] = o.value;
  }
  return out;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)), ...headers }).end(text);
}

function refuseTooLarge(req: IncomingMessage, res: ServerResponse, max: number): void {
  send(res, 413, { error: `request body over ${max} bytes` }, { connection: 'close' });
  // Stop reading; the connection closes once the answer is out.
  req.pause();
  res.once('finish', () => req.destroy());
}

const round = (ms: number) => Math.round(ms * 100) / 100;

// ---------------------------------------------------------------------------------------------
// Follow-ups over REST (the interaction's webhook: no bot token needed)

interface WebhookToken {
  applicationId: string;
  token: string;
}

class FollowUps {
  private restPromise: Promise<import('discord.js').REST> | undefined;
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    private readonly api: string,
    private readonly log: Logger,
    private readonly redact: (s: string) => string,
  ) {}

  private rest() {
    return (this.restPromise ??= import('discord.js').then(({ REST }) => {
      const rest = new REST({ api: this.api.replace(/\/+$/, ''), version: '10' });
      rest.on('rateLimited', (info) =>
        this.log.warn({ route: this.redact(info.route), method: info.method, retryAfterMs: info.retryAfter, global: info.global }, 'rate limited by Discord; waiting'),
      );
      return rest;
    }));
  }

  private track<T>(p: Promise<T>): Promise<T> {
    this.inFlight.add(p);
    void p.finally(() => this.inFlight.delete(p)).catch(() => undefined);
    return p;
  }

  async idle(): Promise<void> {
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }

  editOriginal(t: WebhookToken, payload: DiscordPayload): Promise<unknown> {
    return this.track(this.rest().then((rest) => rest.patch(`/webhooks/${t.applicationId}/${t.token}/messages/@original`, request(payload, true))));
  }

  followUp(t: WebhookToken, payload: DiscordPayload): Promise<unknown> {
    return this.track(this.rest().then((rest) => rest.post(`/webhooks/${t.applicationId}/${t.token}`, request(payload, false))));
  }

  deleteOriginal(t: WebhookToken): Promise<unknown> {
    return this.track(this.rest().then((rest) => rest.delete(`/webhooks/${t.applicationId}/${t.token}/messages/@original`, { auth: false })));
  }
}

function request(payload: DiscordPayload, edit: boolean) {
  let body: Partial<DiscordMessageBody> = payload.body;
  if (edit) {
    // An edit cannot change flags; and it replaces content only when given, so clear what is not.
    const { flags: _flags, ...rest } = payload.body;
    body = { content: '', ...rest };
  }
  return {
    auth: false,
    body,
    ...(payload.files.length ? { files: payload.files.map((f: DiscordFile) => ({ name: f.name, data: f.data, ...(f.contentType ? { contentType: f.contentType } : {}) })) } : {}),
  };
}
