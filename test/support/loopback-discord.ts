// A loopback Discord for tests: REST (node:http) and a gateway websocket (ws) on 127.0.0.1 with a
// random port, enough for a real discord.js client to log in, receive interactions and answer them.
//
//   const discord = await startLoopbackDiscord({ token });
//   // point the bot at discord.apiUrl (DISCORD_API_URL); it fetches /gateway/bot and connects
//   const id = discord.command('quote', { query: 'it takes one to know one' });
//   const answer = await discord.answer(id);          // the message (or choices) the user sees
//
// It behaves like Discord where tests need it to: the first response to an interaction must come
// within `interactionDeadlineMs` (3 s) or it is "Unknown interaction" (10062); a second one is
// "already acknowledged" (40060); webhook edits and follow-ups work after a deferral; gateway
// sessions can be resumed, with events dispatched while disconnected replayed on RESUME. Faults
// (429s, 500s, slow responses) can be injected into any REST route, and the gateway connection can
// be closed with any code, to test retries and resumes.
import type { RawOption } from '../../src/surfaces/http.ts';
import { generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

// ---------------------------------------------------------------------------------------------
// Types

export interface LoopbackOptions {
  /** The bot token the REST routes and IDENTIFY expect; anything else gets 401 / close 4004. */
  token?: string;
  applicationId?: string;
  /** HELLO's heartbeat interval (Discord's is about 41 s). */
  heartbeatIntervalMs?: number;
  /** How long an interaction may wait for its first response (Discord: 3 s). */
  interactionDeadlineMs?: number;
  /** Recommended shard count returned by GET /gateway/bot. */
  shards?: number;
  /** Every interaction comes from a new user unless the actor names one (keeps per-user cooldowns out of the way). */
  freshUsers?: boolean;
}

/** A new application key pair: the public key as the Developer Portal shows it (raw 32 bytes, hex). */
export function ed25519KeyPair(): { publicKeyHex: string; privateKey: KeyObject } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  // The raw key is the end of its SPKI encoding.
  const publicKeyHex = publicKey.export({ type: 'spki', format: 'der' }).subarray(-32).toString('hex');
  return { publicKeyHex, privateKey };
}

/** Where Discord sends interactions when an Interactions Endpoint URL is configured. */
export interface HttpDelivery {
  url: string;
  /** The application's Ed25519 private key: each request is signed with it, as Discord does. */
  privateKey: KeyObject;
}

export interface RecordedFile {
  field: string;
  name: string;
  size: number;
  contentType?: string;
}

export interface RecordedRequest {
  method: string;
  /** Path after /api/vN, e.g. /interactions/123/[token]/callback (tokens masked). */
  route: string;
  apiVersion?: number;
  query: Record<string, string>;
  /** JSON body, or the payload_json part of a multipart body. */
  body: unknown;
  files: RecordedFile[];
  status: number;
  at: number;
}

export type ResponseKind = 'callback' | 'edit' | 'followup' | 'delete' | 'fetch';

export interface InteractionResponse {
  kind: ResponseKind;
  /** Callback type: 4 message, 5 deferred message, 6 deferred update, 7 update, 8 autocomplete result. */
  type?: number;
  /** The message body sent (callback data for types 4/7, the body of an edit or follow-up). */
  message?: Record<string, unknown>;
  /** Autocomplete choices (type 8). */
  choices?: { name: string; value: string | number }[];
  files: RecordedFile[];
  /** ms since the interaction was dispatched. */
  at: number;
  /** HTTP status the loopback answered with (an out-of-time callback gets 404). */
  status: number;
}

export interface Answer {
  interactionId: string;
  /** How the user got the answer. */
  via: 'reply' | 'update' | 'edit' | 'followup' | 'autocomplete';
  deferred: boolean;
  ephemeral: boolean;
  /** The message body of the answer (absent for autocomplete). */
  message?: Record<string, unknown>;
  choices?: { name: string; value: string | number }[];
  /** ms from dispatch to the first response (what Discord's 3 s applies to) and to the answer. */
  firstResponseMs: number;
  ms: number;
  responses: InteractionResponse[];
}

export interface InteractionRecord {
  id: string;
  token: string;
  type: number;
  payload: Record<string, unknown>;
  dispatchedAt: number;
  responses: InteractionResponse[];
  /** The message the interaction's webhook edits as @original. */
  original?: Record<string, unknown>;
  followups: Record<string, unknown>[];
}

export interface Fault {
  method?: string;
  /** Matched against the route (the path after /api/vN, tokens not masked). */
  route: RegExp | string;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Delay before answering (to simulate a slow Discord). */
  delayMs?: number;
  /** How many requests it applies to (default 1). */
  times?: number;
}

export interface Actor {
  userId?: string;
  username?: string;
  guildId?: string | null;
  channelId?: string;
  locale?: string;
  /** The member's permission bit set in the guild (default: a broad set including Manage Server). */
  permissions?: string;
}

type OptionInput = Record<string, string | number | boolean> | RawOption[];

export interface GatewaySession {
  sessionId: string;
  shard: [number, number];
  intents: number;
  seq: number;
  socket?: WebSocket;
  /** Every dispatch sent on this session, for replay on RESUME. */
  events: { op: 0; t: string; s: number; d: unknown }[];
  resumed: number;
}

export interface GatewayConnection {
  url: string;
  query: Record<string, string>;
  socket: WebSocket;
  /** Opcodes received, in order. */
  received: number[];
}

// ---------------------------------------------------------------------------------------------
// Snowflakes

const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;
export function snowflake(at = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

const json = (res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) => {
  if (body === undefined) {
    res.writeHead(status, headers).end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
};

const maskTokens = (route: string) => route.replace(/^(\/(?:interactions|webhooks)\/\d+\/)[^/]+/, '$1[token]');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// The loopback

export class LoopbackDiscord {
  readonly applicationId: string;
  readonly botUser: Record<string, unknown>;
  readonly guildId = snowflake();
  readonly channelId = snowflake();
  readonly userId = snowflake();

  readonly requests: RecordedRequest[] = [];
  readonly interactions = new Map<string, InteractionRecord>();
  /** Registered commands by scope: 'global' or 'guild:<id>'. */
  readonly commands = new Map<string, Record<string, unknown>[]>();
  readonly sessions: GatewaySession[] = [];
  readonly connections: GatewayConnection[] = [];
  readonly faults: Fault[] = [];

  private readonly byToken = new Map<string, InteractionRecord>();
  private http: HttpDelivery | undefined;
  /** HTTP status and body of each interaction POSTed to an endpoint (HTTP delivery only). */
  readonly httpResponses = new Map<string, { status: number; body: unknown; ms: number }>();
  private readonly waiters = new Set<() => void>();
  private port = 0;

  private constructor(
    private readonly server: Server,
    private readonly wss: WebSocketServer,
    readonly options: Required<Omit<LoopbackOptions, 'token'>> & { token?: string },
  ) {
    this.applicationId = options.applicationId;
    this.botUser = { id: this.applicationId, username: 'newsdesk-test', discriminator: '0', global_name: null, avatar: null, bot: true, flags: 0 };
  }

  static async start(options: LoopbackOptions = {}): Promise<LoopbackDiscord> {
    const server = createServer();
    const wss = new WebSocketServer({ server });
    const loop = new LoopbackDiscord(server, wss, {
      token: options.token,
      applicationId: options.applicationId ?? snowflake(),
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      interactionDeadlineMs: options.interactionDeadlineMs ?? 3000,
      shards: options.shards ?? 1,
      freshUsers: options.freshUsers ?? false,
    });
    server.on('request', (req, res) => {
      loop.onRequest(req, res).catch((err) => json(res, 500, { message: String(err), code: 0 }));
    });
    wss.on('connection', (socket, req) => loop.onConnection(socket, req));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    loop.port = (server.address() as AddressInfo).port;
    return loop;
  }

  /** The REST base to give the bot as DISCORD_API_URL. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  get resumeUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway-resume`;
  }

  async close(): Promise<void> {
    for (const c of this.wss.clients) c.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // -------------------------------------------------------------------------------------------
  // Fault injection (REST)

  /** The next `times` requests matching `route` get this answer instead. */
  injectFault(fault: Fault): void {
    this.faults.push({ times: 1, ...fault });
  }

  /** The next `times` requests matching `route` get a 429 asking to retry after `retryAfterS`. */
  rateLimit(route: RegExp | string, { retryAfterS = 0.25, global = false, times = 1, method }: { retryAfterS?: number; global?: boolean; times?: number; method?: string } = {}): void {
    this.injectFault({
      route,
      method,
      times,
      status: 429,
      body: { message: 'You are being rate limited.', retry_after: retryAfterS, global },
      headers: {
        // Discord sends whole seconds here; the fraction keeps tests fast (@discordjs/rest reads either).
        'retry-after': String(retryAfterS),
        'x-ratelimit-scope': global ? 'global' : 'user',
        ...(global ? { 'x-ratelimit-global': 'true' } : {}),
        'x-ratelimit-limit': '5',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset-after': String(retryAfterS),
        'x-ratelimit-bucket': 'loopback',
      },
    });
  }

  // -------------------------------------------------------------------------------------------
  // REST

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${this.port}`);
    const m = /^\/api(?:\/v(\d+))?(\/.*)$/.exec(url.pathname);
    const route = m ? m[2] : url.pathname;
    const apiVersion = m?.[1] ? Number(m[1]) : undefined;
    const method = (req.method ?? 'GET').toUpperCase();
    const raw = await readBody(req);
    const { body, files } = await parseBody(raw, String(req.headers['content-type'] ?? ''));
    const record: RecordedRequest = {
      method,
      route: maskTokens(route),
      apiVersion,
      query: Object.fromEntries(url.searchParams),
      body,
      files,
      status: 0,
      at: Date.now(),
    };
    this.requests.push(record);
    const send = (status: number, payload?: unknown, headers?: Record<string, string>) => {
      record.status = status;
      json(res, status, payload, headers);
      this.notify();
    };

    const fault = this.faults.find((f) => (!f.method || f.method === method) && (typeof f.route === 'string' ? route.includes(f.route) : f.route.test(route)));
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      if (fault.times <= 0) this.faults.splice(this.faults.indexOf(fault), 1);
      if (fault.delayMs) await sleep(fault.delayMs);
      send(fault.status, fault.body ?? { message: `loopback fault ${fault.status}`, code: 0 }, fault.headers);
      return;
    }

    const authed = () => {
      if (!this.options.token) return true;
      if (req.headers.authorization === `Bot ${this.options.token}`) return true;
      send(401, { message: '401: Unauthorized', code: 0 });
      return false;
    };

    let p: RegExpExecArray | null;
    if (method === 'GET' && route === '/gateway/bot') {
      if (!authed()) return;
      send(200, {
        url: this.gatewayUrl,
        shards: this.options.shards,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
      });
      return;
    }
    if (method === 'GET' && route === '/gateway') return send(200, { url: this.gatewayUrl });
    if (method === 'GET' && route === '/users/@me') {
      if (!authed()) return;
      return send(200, this.botUser);
    }
    if (method === 'GET' && route === '/applications/@me') {
      if (!authed()) return;
      return send(200, { id: this.applicationId, name: 'newsdesk-test', flags: 0, bot: this.botUser });
    }
    if ((p = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(route))) {
      if (!authed()) return;
      if (p[1] !== this.applicationId) return send(403, { message: 'Missing Access', code: 50001 });
      const scope = p[2] ? `guild:${p[2]}` : 'global';
      if (method === 'GET') return send(200, this.commands.get(scope) ?? []);
      if (method === 'PUT') {
        if (!Array.isArray(body)) return send(400, { message: 'Invalid Form Body', code: 50035 });
        const registered = (body as Record<string, unknown>[]).map((c) => ({
          id: snowflake(),
          application_id: this.applicationId,
          version: snowflake(),
          type: 1,
          ...(p![2] ? { guild_id: p![2] } : {}),
          ...c,
        }));
        this.commands.set(scope, registered);
        return send(200, registered);
      }
    }
    if (method === 'POST' && (p = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(route))) {
      return this.onCallback(p[1], p[2], body, files, record.query, send);
    }
    if ((p = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/([^/]+)$/.exec(route))) {
      return this.onWebhookMessage(method, p[2], decodeURIComponent(p[3]), body, files, send);
    }
    if (method === 'POST' && (p = /^\/webhooks\/(\d+)\/([^/]+)$/.exec(route))) {
      const rec = this.byToken.get(p[2]);
      if (!rec) return send(404, { message: 'Unknown Webhook', code: 10015 });
      if (!rec.responses.some((r) => r.kind === 'callback' && r.status < 300)) return send(404, { message: 'Unknown Webhook', code: 10015 });
      const message = this.messageFrom(rec, body, files);
      rec.followups.push(message);
      this.respond(rec, { kind: 'followup', message: obj(body), files, status: 200 });
      return send(200, message);
    }
    send(404, { message: '404: Not Found', code: 0 });
  }

  private onCallback(
    id: string,
    token: string,
    body: unknown,
    files: RecordedFile[],
    query: Record<string, string>,
    send: (status: number, payload?: unknown) => void,
  ): void {
    const rec = this.interactions.get(id);
    if (!rec || rec.token !== token) return send(404, { message: 'Unknown interaction', code: 10062 });
    const b = obj(body);
    const type = Number(b.type);
    const at = Date.now() - rec.dispatchedAt;
    if (rec.responses.some((r) => r.kind === 'callback' && r.status < 300)) {
      this.respond(rec, { kind: 'callback', type, message: obj(b.data), files, status: 400 });
      return send(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
    }
    if (at > this.options.interactionDeadlineMs) {
      this.respond(rec, { kind: 'callback', type, message: obj(b.data), files, status: 404 });
      return send(404, { message: 'Unknown interaction', code: 10062 });
    }
    const data = obj(b.data);
    const response: Omit<InteractionResponse, 'at'> = { kind: 'callback', type, files, status: 204 };
    if (type === 8) response.choices = (Array.isArray(data.choices) ? data.choices : []) as InteractionResponse['choices'];
    else if (type === 4 || type === 7) response.message = data;
    else if (type === 5) response.message = data;
    if (type === 4) rec.original = this.messageFrom(rec, data, files);
    if (type === 5) rec.original = this.messageFrom(rec, { content: '', flags: (Number(data.flags) || 0) | 128 }, []);
    // A component interaction's @original is the message the component is on.
    if (type === 6 || type === 7) rec.original = this.messageFrom(rec, type === 7 ? data : {}, files, obj(rec.payload.message));
    this.respond(rec, response);
    if (query.with_response === 'true') {
      response.status = 200;
      return send(200, {
        interaction: { id: rec.id, type: rec.type, response_message_id: rec.original?.id, response_message_loading: type === 5, response_message_ephemeral: Boolean((Number(data.flags) || 0) & 64) },
        resource: { type, ...(rec.original ? { message: rec.original } : {}) },
      });
    }
    send(204);
  }

  private onWebhookMessage(method: string, token: string, messageId: string, body: unknown, files: RecordedFile[], send: (status: number, payload?: unknown) => void): void {
    const rec = this.byToken.get(token);
    if (!rec || !rec.responses.some((r) => r.kind === 'callback' && r.status < 300)) return send(404, { message: 'Unknown Webhook', code: 10015 });
    const isOriginal = messageId === '@original' || messageId === rec.original?.id;
    const target = isOriginal ? rec.original : rec.followups.find((f) => f.id === messageId);
    if (!target) return send(404, { message: 'Unknown Message', code: 10008 });
    if (method === 'GET') {
      this.respond(rec, { kind: 'fetch', files: [], status: 200 });
      return send(200, target);
    }
    if (method === 'DELETE') {
      if (isOriginal) rec.original = undefined;
      else rec.followups.splice(rec.followups.indexOf(target), 1);
      this.respond(rec, { kind: 'delete', files: [], status: 204 });
      return send(204);
    }
    if (method === 'PATCH') {
      const edited = { ...this.messageFrom(rec, body, files, target), edited_timestamp: new Date().toISOString() };
      if (isOriginal) rec.original = edited;
      else rec.followups[rec.followups.indexOf(target)] = edited;
      this.respond(rec, { kind: 'edit', message: obj(body), files, status: 200 });
      return send(200, edited);
    }
    send(405, { message: '405: Method Not Allowed', code: 0 });
  }

  /** A message object as Discord returns it, built from a body (merged into `base` for edits). */
  private messageFrom(rec: InteractionRecord, body: unknown, files: RecordedFile[], base?: Record<string, unknown>): Record<string, unknown> {
    const b = obj(body);
    const meta = Array.isArray(b.attachments) ? (b.attachments as Record<string, unknown>[]) : undefined;
    const attachments = meta
      ? meta.map((a, i) => {
          const file = files.find((f) => f.field === `files[${a.id}]`) ?? files[i];
          const id = snowflake();
          const filename = String(a.filename ?? file?.name ?? `file-${i}`);
          return {
            id,
            filename,
            size: file?.size ?? 0,
            url: `http://127.0.0.1:${this.port}/attachments/${id}/${filename}`,
            proxy_url: `http://127.0.0.1:${this.port}/attachments/${id}/${filename}`,
            ...(file?.contentType ? { content_type: file.contentType } : {}),
            ...(a.description ? { description: a.description } : {}),
          };
        })
      : undefined;
    const payload = rec.payload;
    const prev = base ?? {};
    return {
      id: prev.id ?? snowflake(),
      type: prev.type ?? (rec.type === 3 ? 0 : 20),
      channel_id: prev.channel_id ?? obj(payload.channel).id ?? this.channelId,
      ...(payload.guild_id ? { guild_id: payload.guild_id } : {}),
      author: prev.author ?? this.botUser,
      content: 'content' in b ? (b.content ?? '') : (prev.content ?? ''),
      embeds: 'embeds' in b ? (b.embeds ?? []) : (prev.embeds ?? []),
      components: 'components' in b ? (b.components ?? []) : (prev.components ?? []),
      attachments: attachments ?? prev.attachments ?? [],
      flags: 'flags' in b ? Number(b.flags) || 0 : (prev.flags ?? 0),
      timestamp: prev.timestamp ?? new Date().toISOString(),
      edited_timestamp: prev.edited_timestamp ?? null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      pinned: false,
      webhook_id: this.applicationId,
      application_id: this.applicationId,
    };
  }

  private respond(rec: InteractionRecord, r: Omit<InteractionResponse, 'at'>): void {
    rec.responses.push({ ...r, at: Date.now() - rec.dispatchedAt });
    this.notify();
  }

  private notify(): void {
    for (const w of [...this.waiters]) w();
  }

  // -------------------------------------------------------------------------------------------
  // Gateway

  private onConnection(socket: WebSocket, req: IncomingMessage): void {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${this.port}`);
    const conn: GatewayConnection = { url: url.pathname, query: Object.fromEntries(url.searchParams), socket, received: [] };
    this.connections.push(conn);
    this.notify();
    if (conn.query.encoding && conn.query.encoding !== 'json') {
      socket.close(4002, 'loopback speaks json only');
      return;
    }
    if (conn.query.compress) {
      socket.close(4002, 'loopback does not compress');
      return;
    }
    let session: GatewaySession | undefined;
    const send = (payload: unknown) => socket.readyState === socket.OPEN && socket.send(JSON.stringify(payload));
    socket.on('message', (data) => {
      let msg: { op: number; d: unknown };
      try {
        msg = JSON.parse(String(data));
      } catch {
        socket.close(4002, 'Error while decoding payload');
        return;
      }
      conn.received.push(msg.op);
      const d = obj(msg.d);
      switch (msg.op) {
        case 1: // heartbeat
          send({ op: 11, d: null });
          break;
        case 2: {
          // IDENTIFY
          if (this.options.token && d.token !== this.options.token) {
            socket.close(4004, 'Authentication failed.');
            return;
          }
          if (session) {
            socket.close(4005, 'Already authenticated.');
            return;
          }
          const shard = (Array.isArray(d.shard) ? d.shard : [0, 1]) as [number, number];
          session = { sessionId: randomBytes(16).toString('hex'), shard, intents: Number(d.intents) || 0, seq: 0, socket, events: [], resumed: 0 };
          this.sessions.push(session);
          this.sendDispatch(session, 'READY', {
            v: 10,
            user: this.botUser,
            guilds: [],
            session_id: session.sessionId,
            resume_gateway_url: this.resumeUrl,
            shard,
            application: { id: this.applicationId, flags: 0 },
            user_settings: {},
            private_channels: [],
            relationships: [],
            presences: [],
            guild_join_requests: [],
            geo_ordered_rtc_regions: [],
          });
          break;
        }
        case 6: {
          // RESUME
          const found = this.sessions.find((s) => s.sessionId === d.session_id);
          if (!found || (this.options.token && d.token !== this.options.token)) {
            send({ op: 9, d: false });
            return;
          }
          session = found;
          found.socket = socket;
          found.resumed += 1;
          const seq = Number(d.seq) || 0;
          for (const e of found.events) if (e.s > seq) send(e);
          this.sendDispatch(found, 'RESUMED', {});
          break;
        }
        default:
          // presence updates, voice state, request guild members: accepted, ignored
          break;
      }
      this.notify();
    });
    socket.on('close', () => {
      if (session?.socket === socket) session.socket = undefined;
      this.notify();
    });
    send({ op: 10, d: { heartbeat_interval: this.options.heartbeatIntervalMs } });
  }

  private sendDispatch(session: GatewaySession, t: string, d: unknown): void {
    const event = { op: 0 as const, t, s: ++session.seq, d };
    session.events.push(event);
    // Sent now if connected, else replayed when the client resumes.
    const socket = session.socket;
    if (socket && socket.readyState === socket.OPEN) socket.send(JSON.stringify(event));
  }

  /** Resolves once `count` sessions have identified (READY sent). */
  async identified(count = 1, timeoutMs = 5000): Promise<GatewaySession[]> {
    await this.until(() => this.sessions.length >= count, timeoutMs, `${count} gateway session(s)`);
    return this.sessions;
  }

  /** Dispatches any gateway event to the session serving `guildId`'s shard (or the first session). */
  dispatch(t: string, d: unknown, guildId?: string | null): void {
    const live = this.sessions;
    if (!live.length) throw new Error('loopback: no gateway session has identified yet');
    const session =
      (guildId && live.find((s) => BigInt(s.shard[0]) === (BigInt(guildId) >> 22n) % BigInt(Math.max(1, s.shard[1])))) || live[live.length - 1];
    this.sendDispatch(session, t, d);
  }

  /** Closes the gateway connections with `code` (4000: the client should resume; 1000: it identifies anew). */
  disconnect(code = 4000, reason = 'loopback disconnect'): void {
    for (const s of this.sessions) s.socket?.close(code, reason);
  }

  /** Sends op 7 RECONNECT: the client should reconnect and resume. */
  requestReconnect(): void {
    for (const s of this.sessions) s.socket?.send(JSON.stringify({ op: 7, d: null }));
  }

  /** Sends op 9 INVALID SESSION (resumable or not). */
  invalidateSession(resumable = false): void {
    for (const s of this.sessions) s.socket?.send(JSON.stringify({ op: 9, d: resumable }));
  }

  // -------------------------------------------------------------------------------------------
  // Interactions

  /**
   * From now on, interactions are POSTed to an HTTP interactions endpoint (signed, as Discord does
   * when an Interactions Endpoint URL is set) instead of dispatched on the gateway; `undefined`
   * switches back. The HTTP response counts as the interaction's callback, within the same 3 s.
   */
  deliverTo(http: HttpDelivery | undefined): void {
    this.http = http;
  }

  /** Dispatches a raw INTERACTION_CREATE payload (id, token, application_id and version filled in). */
  interaction(payload: Record<string, unknown>): string {
    const id = String(payload.id ?? snowflake());
    const token = String(payload.token ?? `itok-${randomBytes(24).toString('base64url')}`);
    const full: Record<string, unknown> = { ...payload, id, token, application_id: this.applicationId, version: 1 };
    const rec: InteractionRecord = { id, token, type: Number(full.type), payload: full, dispatchedAt: Date.now(), responses: [], followups: [] };
    this.interactions.set(id, rec);
    this.byToken.set(token, rec);
    if (this.http) void this.post(rec, this.http);
    else this.dispatch('INTERACTION_CREATE', full, (full.guild_id as string | undefined) ?? null);
    return id;
  }

  /** Signs `body` as Discord does: Ed25519 over timestamp + body, hex. */
  static signature(privateKey: KeyObject, timestamp: string, body: string): string {
    return sign(null, Buffer.from(timestamp + body), privateKey).toString('hex');
  }

  private async post(rec: InteractionRecord, http: HttpDelivery): Promise<void> {
    const body = JSON.stringify(rec.payload);
    const timestamp = String(Math.floor(Date.now() / 1000));
    let status = 0;
    let answer: unknown;
    try {
      const res = await fetch(http.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-signature-ed25519': LoopbackDiscord.signature(http.privateKey, timestamp, body), 'x-signature-timestamp': timestamp },
        body,
        // Discord gives up on the endpoint after 3 s.
        signal: AbortSignal.timeout(this.options.interactionDeadlineMs + 500),
      });
      status = res.status;
      const text = await res.text();
      try {
        answer = JSON.parse(text);
      } catch {
        answer = text;
      }
    } catch (err) {
      answer = String(err);
    }
    this.httpResponses.set(rec.id, { status, body: answer, ms: Date.now() - rec.dispatchedAt });
    if (status === 200 && answer && typeof answer === 'object') {
      // The HTTP answer is the callback: the same checks (3 s, acknowledged once) and bookkeeping.
      this.onCallback(rec.id, rec.token, answer, [], {}, () => undefined);
    } else {
      this.respond(rec, { kind: 'callback', type: undefined, files: [], status: status || 599 });
    }
  }

  /** A chat-input command; plain option values are typed from the registered definition, else by their JS type. */
  command(name: string, options: OptionInput = {}, actor: Actor = {}): string {
    return this.interaction({
      type: 2,
      ...this.context(actor),
      data: { id: this.commandId(name), name, type: 1, options: this.rawOptions(name, options), ...(actor.guildId !== null ? { guild_id: actor.guildId ?? this.guildId } : {}) },
    });
  }

  /** An autocomplete request for `focused` (typed so far: `value`), with the other options already filled. */
  autocomplete(name: string, focused: string, value: string, options: OptionInput = {}, actor: Actor = {}): string {
    const raw = this.rawOptions(name, options).filter((o) => o.name !== focused);
    const focusedType = this.optionType(name, focused) ?? 3;
    raw.push({ name: focused, type: focusedType, value, focused: true });
    return this.interaction({ type: 4, ...this.context(actor), data: { id: this.commandId(name), name, type: 1, options: raw } });
  }

  /** A click on a button with `customId`, on a message (default: a bot message carrying that button). */
  button(customId: string, actor: Actor & { message?: Record<string, unknown> } = {}): string {
    const ctx = this.context(actor);
    const message = actor.message ?? {
      id: snowflake(),
      type: 20,
      channel_id: obj(ctx.channel).id,
      author: this.botUser,
      content: '',
      embeds: [],
      components: [{ type: 1, components: [{ type: 2, style: 2, label: 'Button', custom_id: customId }] }],
      attachments: [],
      flags: 0,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      pinned: false,
      application_id: this.applicationId,
      webhook_id: this.applicationId,
    };
    return this.interaction({ type: 3, ...ctx, message, data: { custom_id: customId, component_type: 2 } });
  }

  private context(actor: Actor): Record<string, unknown> {
    const user = { id: actor.userId ?? (this.options.freshUsers ? snowflake() : this.userId), username: actor.username ?? 'tester', discriminator: '0', global_name: 'Tester', avatar: null };
    const guildId = actor.guildId === null ? undefined : (actor.guildId ?? this.guildId);
    const channelId = actor.channelId ?? this.channelId;
    const common = {
      channel_id: channelId,
      app_permissions: '2248473465835073',
      locale: actor.locale ?? 'en-US',
      entitlements: [],
      attachment_size_limit: 10_485_760,
    };
    if (!guildId) {
      return { ...common, user, channel: { id: channelId, type: 1, recipients: [user] }, context: 1, authorizing_integration_owners: { '1': user.id } };
    }
    return {
      ...common,
      guild_id: guildId,
      guild: { id: guildId, locale: 'en-US', features: [] },
      guild_locale: 'en-US',
      channel: { id: channelId, type: 0, guild_id: guildId, name: 'news', position: 0, permission_overwrites: [], nsfw: false, parent_id: null },
      member: {
        user,
        roles: [],
        permissions: actor.permissions ?? '2248473465835073',
        joined_at: new Date(0).toISOString(),
        deaf: false,
        mute: false,
        flags: 0,
        nick: null,
        avatar: null,
        premium_since: null,
        pending: false,
      },
      context: 0,
      authorizing_integration_owners: { '0': guildId },
    };
  }

  private registered(name: string): Record<string, unknown> | undefined {
    for (const list of this.commands.values()) {
      const found = list.find((c) => c.name === name);
      if (found) return found;
    }
    return undefined;
  }

  private commandId(name: string): string {
    return String(this.registered(name)?.id ?? snowflake());
  }

  private optionType(command: string, option: string): number | undefined {
    const opts = (this.registered(command)?.options ?? []) as RawOption[];
    return opts.find((o) => o.name === option)?.type;
  }

  private rawOptions(command: string, options: OptionInput): RawOption[] {
    if (Array.isArray(options)) return options;
    return Object.entries(options).map(([name, value]) => ({
      name,
      value,
      type: this.optionType(command, name) ?? (typeof value === 'boolean' ? 5 : typeof value === 'number' ? (Number.isInteger(value) ? 4 : 10) : 3),
    }));
  }

  // -------------------------------------------------------------------------------------------
  // Waiting for answers

  private until(test: () => boolean, timeoutMs: number, what: string): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!test()) return;
        cleanup();
        resolve();
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`loopback: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
    });
  }

  /** Waits until the responses recorded for interaction `id` satisfy `test`. */
  async waitFor(id: string, test: (responses: InteractionResponse[]) => boolean, timeoutMs = 3000): Promise<InteractionResponse[]> {
    const rec = this.interactions.get(id);
    if (!rec) throw new Error(`loopback: no interaction ${id}`);
    await this.until(() => test(rec.responses), timeoutMs, `interaction ${id} (${rec.responses.map((r) => r.kind + (r.type ?? '')).join(', ') || 'no response yet'})`);
    return rec.responses;
  }

  /**
   * Waits for what the user ends up seeing for interaction `id`: an immediate reply, update or
   * autocomplete result, or, after a deferral, the edit of the original message or a follow-up.
   */
  async answer(id: string, timeoutMs = 3000): Promise<Answer> {
    let found: Answer | undefined;
    await this.waitFor(id, (rs) => (found = answerOf(id, rs)) !== undefined, timeoutMs);
    return found!;
  }

  /** Every message body the bot sent (replies, updates, edits, follow-ups), for limit checks. */
  messageBodies(): { interactionId: string; kind: ResponseKind; type?: number; message: Record<string, unknown> }[] {
    const out: { interactionId: string; kind: ResponseKind; type?: number; message: Record<string, unknown> }[] = [];
    for (const rec of this.interactions.values()) {
      for (const r of rec.responses) {
        const carriesMessage = (r.kind === 'callback' && (r.type === 4 || r.type === 7)) || r.kind === 'edit' || r.kind === 'followup';
        if (carriesMessage && r.message) out.push({ interactionId: rec.id, kind: r.kind, type: r.type, message: r.message });
      }
    }
    return out;
  }
}

export function startLoopbackDiscord(options: LoopbackOptions = {}): Promise<LoopbackDiscord> {
  return LoopbackDiscord.start(options);
}

/** What the user ends up seeing for an interaction, from its responses so far (undefined while waiting). */
export function answerOf(interactionId: string, rs: InteractionResponse[]): Answer | undefined {
  const ok = rs.filter((r) => r.status < 300);
  const first = ok.find((r) => r.kind === 'callback');
  if (!first) return undefined;
  const base = { interactionId, firstResponseMs: first.at, responses: rs };
  if (first.type === 8) return { ...base, via: 'autocomplete', deferred: false, ephemeral: false, choices: first.choices ?? [], ms: first.at };
  if (first.type === 4 || first.type === 7) {
    return { ...base, via: first.type === 4 ? 'reply' : 'update', deferred: false, ephemeral: isEphemeral(first.message), message: first.message, ms: first.at };
  }
  const later = ok.slice(ok.indexOf(first) + 1).find((r) => r.kind === 'edit' || r.kind === 'followup');
  if (!later) return undefined;
  const ephemeral = later.kind === 'followup' ? isEphemeral(later.message) : first.type === 5 && isEphemeral(first.message);
  return { ...base, via: later.kind === 'edit' ? 'edit' : 'followup', deferred: true, ephemeral, message: later.message, ms: later.at };
}

function isEphemeral(message: Record<string, unknown> | undefined): boolean {
  return Boolean((Number(message?.flags) || 0) & 64);
}

function obj(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

async function parseBody(raw: Buffer, contentType: string): Promise<{ body: unknown; files: RecordedFile[] }> {
  if (!raw.length) return { body: undefined, files: [] };
  if (contentType.startsWith('multipart/form-data')) {
    const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': contentType } }).formData();
    let body: unknown;
    const files: RecordedFile[] = [];
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') body = JSON.parse(value);
      } else {
        files.push({ field, name: value.name, size: value.size, ...(value.type ? { contentType: value.type } : {}) });
      }
    }
    return { body, files };
  }
  const text = raw.toString('utf8');
  try {
    return { body: JSON.parse(text), files: [] };
  } catch {
    return { body: text, files: [] };
  }
}
