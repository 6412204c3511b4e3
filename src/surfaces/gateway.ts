// The gateway bot: a discord.js client (Guilds intent only) whose one interaction router sends
// slash commands, autocomplete and button clicks through the Router, renders each reply with
// render/discord.ts (every limit enforced, mentions disabled) and always answers: a slow handler
// is deferred and then edited, and anything that goes wrong ends in an ephemeral error.
import {
  Client,
  Events,
  GatewayIntentBits,
  MessagePayload,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type ClientOptions,
  type CommandInteractionOption,
  type Interaction,
} from 'discord.js';
import type { OptionValues } from '../../commands/types.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { toAutocompleteChoices, toDiscordPayload, type DiscordPayload } from '../render/discord.ts';
import { errorReply, type Reply } from '../reply.ts';
import type { Router } from '../router.ts';
import { Lane, withTimeLimit } from './lane.ts';

export const DEFER_AFTER_MS = 1000;
/**
 * An interaction that is already this old when its turn comes (the process was busy: a burst, a
 * cold chart) is deferred before its handler runs, so the 3 s deadline is met whatever the handler
 * costs. Its age comes from its id (a snowflake carries its creation time).
 */
export const BEHIND_AFTER_MS = 1500;
/**
 * An interaction older than this is not answered at all (Discord took a first response only for
 * 3 s): e.g. one replayed on RESUME after a long disconnect. Generous on purpose: ages come from our
 * clock against Discord's, and a host clock a few seconds fast must not make the bot skip everything
 * (it then only defers more often; keep the clock synchronised).
 */
export const STALE_AFTER_MS = 10_000;
/** An interaction token lasts 15 minutes: give up a little before, with an error the user still sees. */
export const HANDLER_TIMEOUT_MS = 14 * 60 * 1000;

export interface InteractionInfo {
  interactionId: string;
  userId: string;
  guildId: string | null;
  kind: 'command' | 'autocomplete' | 'button';
  /** Command name, or the custom id of a button. */
  name: string;
}

export interface GatewayOptions {
  config: Pick<Config, 'DISCORD_TOKEN' | 'DISCORD_API_URL'>;
  router: Router;
  log: Logger;
  /** Defer when a handler has not answered within this many ms (Discord allows 3 s in all). */
  deferAfterMs?: number;
  /** Defer before running the handler when the interaction is already this old (default 1,500 ms). */
  behindAfterMs?: number;
  /** Give up on a handler after this many ms and answer with an error (default 14 minutes). */
  handlerTimeoutMs?: number;
  /** Stop on SIGINT/SIGTERM (default true). */
  handleSignals?: boolean;
  /** Log unhandled rejections and uncaught exceptions instead of dying (default true). */
  handleProcessErrors?: boolean;
  /** Runs before a command or button handler; a reply it returns is sent instead (e.g. a cooldown note). */
  gate?: (info: InteractionInfo) => Reply | undefined | Promise<Reply | undefined>;
  /** Run the option-less commands once before logging in, so the first users get warm answers (default true). */
  warm?: boolean;
  /** Extra discord.js client options (sharding, REST retries…); intents and the REST base stay ours. */
  clientOptions?: Partial<ClientOptions>;
}

export interface Gateway {
  client: Client;
  /** Answers one interaction (exported so other surfaces and tests can drive it directly). */
  handle(interaction: Interaction): Promise<void>;
  /** Logs out and removes the process handlers this gateway installed. Safe to call twice. */
  stop(): Promise<void>;
}

/** Logs in and resolves once the client is ready. */
export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const { config, router, log } = options;
  const token = config.DISCORD_TOKEN;
  if (!token) throw new Error('DISCORD_TOKEN is not set: the gateway bot needs a bot token.');
  const api = config.DISCORD_API_URL.replace(/\/+$/, '');
  const deferAfterMs = options.deferAfterMs ?? DEFER_AFTER_MS;
  const redact = makeRedactor(token);

  const client = new Client({
    ...options.clientOptions,
    intents: [GatewayIntentBits.Guilds],
    rest: { ...options.clientOptions?.rest, api },
    allowedMentions: { parse: [] },
  });

  // Without an 'error' listener an emitted error ends the process.
  client.on(Events.Error, (err) => log.error({ err: safeError(err, redact) }, 'discord client error'));
  client.on(Events.Warn, (message) => log.warn({ message: redact(message) }, 'discord client warning'));
  client.on(Events.ShardError, (err, shard) => log.error({ err: safeError(err, redact), shard }, 'gateway shard error'));
  client.on(Events.ShardDisconnect, (event, shard) => log.warn({ code: event.code, shard }, 'gateway shard disconnected for good'));
  let stopping = false;
  client.on(Events.ShardReconnecting, (shard) => {
    if (!stopping) log.info({ shard }, 'gateway shard reconnecting');
  });
  client.on(Events.ShardResume, (shard, replayed) => log.info({ shard, replayed }, 'gateway shard resumed'));
  client.on(Events.Debug, (message) => log.trace({ message: redact(message) }, 'discord debug'));
  client.rest.on('rateLimited', (info) =>
    log.warn(
      { route: redact(info.route), method: info.method, retryAfterMs: info.retryAfter, global: info.global, scope: info.scope },
      'rate limited by Discord; waiting',
    ),
  );

  const handlerTimeoutMs = options.handlerTimeoutMs ?? HANDLER_TIMEOUT_MS;
  const behindAfterMs = options.behindAfterMs ?? BEHIND_AFTER_MS;
  const lane = new Lane();
  const handle = (interaction: Interaction) => handleInteraction(interaction, { router, log, deferAfterMs, behindAfterMs, handlerTimeoutMs, lane, redact, gate: options.gate });
  client.on(Events.InteractionCreate, (interaction) => {
    handle(interaction).catch((err) => log.error({ err: safeError(err, redact), interaction: interaction.id }, 'interaction handler crashed'));
  });

  const cleanups: (() => void)[] = [];
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      stopping = true;
      for (const undo of cleanups.splice(0)) undo();
      await client.destroy();
      log.info('gateway stopped');
    })());

  if (options.handleProcessErrors ?? true) {
    const onRejection = (reason: unknown) => log.error({ err: safeError(reason, redact) }, 'unhandled promise rejection');
    const onException = (err: unknown) => log.fatal({ err: safeError(err, redact) }, 'uncaught exception (kept running)');
    process.on('unhandledRejection', onRejection);
    process.on('uncaughtException', onException);
    cleanups.push(() => {
      process.off('unhandledRejection', onRejection);
      process.off('uncaughtException', onException);
    });
  }
  if (options.handleSignals ?? true) {
    const onSignal = (signal: NodeJS.Signals) => {
      log.info({ signal }, 'shutting down');
      stop()
        .catch((err) => log.error({ err: safeError(err, redact) }, 'error while shutting down'))
        .finally(() => {
          process.exitCode ??= 0;
          // Leave time for the logs to flush; do not hang on a stray handle.
          setTimeout(() => process.exit(), 2000).unref();
        });
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    cleanups.push(() => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    });
  }

  if (options.warm ?? true) log.info({ ms: await router.warm() }, 'default views ready');
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    log.info({ api }, 'logging in to Discord');
    await client.login(token);
    await ready;
  } catch (err) {
    log.error({ err: safeError(err, redact) }, 'could not log in to Discord (check DISCORD_TOKEN and DISCORD_API_URL)');
    await stop();
    throw err;
  }
  log.info({ user: client.user?.tag, application: client.application?.id, shards: client.ws.shards.size }, 'gateway ready');
  return { client, handle, stop };
}

// ---------------------------------------------------------------------------------------------
// One interaction

interface HandlerDeps {
  router: Router;
  log: Logger;
  deferAfterMs: number;
  behindAfterMs: number;
  handlerTimeoutMs: number;
  lane: Lane;
  redact: (s: string) => string;
  gate?: GatewayOptions['gate'];
}

type Answerable = ChatInputCommandInteraction | ButtonInteraction;

async function handleInteraction(interaction: Interaction, deps: HandlerDeps): Promise<void> {
  const started = performance.now();
  const base = { interaction: interaction.id, user: interaction.user.id, guild: interaction.guildId ?? undefined };
  const age = Date.now() - interaction.createdTimestamp;
  if (age > STALE_AFTER_MS) {
    // Discord no longer takes a first response: do not spend time on it (the process is behind).
    deps.log.warn({ ...base, ageMs: age, type: interaction.type }, 'interaction arrived too late to answer; skipped');
    return;
  }
  if (interaction.isAutocomplete()) {
    await answerAutocomplete(interaction, deps, deps.log.child({ ...base, kind: 'autocomplete', command: interaction.commandName }), started);
    return;
  }
  if (!interaction.isChatInputCommand() && !interaction.isButton()) {
    deps.log.debug({ ...base, type: interaction.type }, 'ignored interaction of an unsupported type');
    if (interaction.isRepliable()) {
      await interaction
        .reply(toMessagePayload(interaction, toDiscordPayload(errorReply('This kind of interaction is not supported.'))))
        .catch((err) => deps.log.warn({ ...base, err: safeError(err, deps.redact) }, 'could not answer'));
    }
    return;
  }
  const isButton = interaction.isButton();
  const info: InteractionInfo = {
    interactionId: interaction.id,
    userId: interaction.user.id,
    guildId: interaction.guildId,
    kind: isButton ? 'button' : 'command',
    name: isButton ? interaction.customId : interaction.commandName,
  };
  const log = deps.log.child({ ...base, kind: info.kind, ...(isButton ? { customId: info.name } : { command: info.name }) });
  const meta = {
    userId: info.userId,
    interactionId: info.interactionId,
    guildId: interaction.guildId ?? undefined,
    memberPermissions: interaction.inGuild() ? interaction.memberPermissions?.bitfield.toString() : undefined,
  };
  let handlerMs: number | undefined;
  try {
    const produce = async (): Promise<Reply> => {
      const t0 = performance.now();
      try {
        const gated = await deps.gate?.(info);
        if (gated) return gated;
        return await (interaction.isChatInputCommand()
          ? deps.router.run(interaction.commandName, plainOptions(interaction.options.data), meta)
          : deps.router.button((interaction as ButtonInteraction).customId, meta));
      } finally {
        handlerMs = round(performance.now() - t0);
      }
    };
    const deferred = await answer(interaction, produce, deps, log);
    log.info({ ms: round(performance.now() - started), handlerMs, deferred }, 'answered');
  } catch (err) {
    log.error({ err: safeError(err, deps.redact), ms: round(performance.now() - started), handlerMs }, 'interaction failed; answering with an error');
    await answerError(interaction, log, deps);
  }
}

/**
 * Runs the handler in its turn of the lane; answers at once when it is quick, else defers and
 * edits. An interaction that waits too long for its turn (the process is busy) is deferred by a
 * watchdog while it waits, and one already late when its turn comes is deferred before its handler
 * runs: either way the first response leaves within Discord's 3 s. Returns whether it deferred.
 */
async function answer(interaction: Answerable, produce: () => Promise<Reply>, deps: HandlerDeps, log: Logger): Promise<boolean> {
  let deferral: Promise<unknown> | undefined;
  const defer = (why: string) => {
    if (!deferral) {
      log.debug({ why, ageMs: Date.now() - interaction.createdTimestamp }, 'deferring');
      deferral = interaction.isButton() ? interaction.deferUpdate() : interaction.deferReply();
      deferral.catch(() => undefined);
    }
    return deferral;
  };
  const behindAt = interaction.createdTimestamp + deps.behindAfterMs;
  const watchdog = setTimeout(() => defer('waiting for its turn'), Math.max(0, behindAt - Date.now()));
  try {
    await deps.lane.turn();
  } finally {
    clearTimeout(watchdog);
  }
  if (Date.now() > behindAt) defer('behind');

  const work = withTimeLimit(produce(), deps.handlerTimeoutMs);
  // Keep a rejection from being reported as unhandled while we wait on the timer.
  work.catch(() => undefined);

  if (!deferral) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const first = await Promise.race([
      work.then((reply) => ({ reply })),
      new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), deps.deferAfterMs);
      }),
    ]);
    clearTimeout(timer);
    if (first) {
      const payload = render(first.reply, log);
      if (interaction.isButton() && !payload.body.flags) await interaction.update(toMessagePayload(interaction, payload));
      else await interaction.reply(toMessagePayload(interaction, payload));
      return false;
    }
    defer(`handler still running after ${deps.deferAfterMs} ms`);
  }
  await deferral;
  const payload = render(await work, log);
  await sendAfterDefer(interaction, payload);
  return true;
}

async function sendAfterDefer(interaction: Answerable, payload: DiscordPayload): Promise<void> {
  const ephemeral = Boolean(payload.body.flags);
  if (!ephemeral) {
    // After deferReply this fills the "thinking…" message; after deferUpdate it edits the clicked message.
    await interaction.editReply(toMessagePayload(interaction, payload));
    return;
  }
  // The deferral was public, and an edit cannot make a message ephemeral: remove the placeholder
  // and send the (private) answer as a follow-up.
  if (interaction.isChatInputCommand()) await interaction.deleteReply().catch(() => undefined);
  await interaction.followUp(toMessagePayload(interaction, payload));
}

/** The one catch: whatever state the interaction is in, the user gets an ephemeral error. */
async function answerError(interaction: Answerable, log: Logger, deps: HandlerDeps): Promise<void> {
  const payload = toDiscordPayload(errorReply('Something went wrong while answering. The error was logged; try again in a moment.'));
  try {
    if (interaction.deferred || interaction.replied) await sendAfterDefer(interaction, payload);
    else await interaction.reply(toMessagePayload(interaction, payload));
  } catch (err) {
    log.error({ err: safeError(err, deps.redact) }, 'could not send the error answer either');
  }
}

async function answerAutocomplete(interaction: AutocompleteInteraction, deps: HandlerDeps, log: Logger, started: number): Promise<void> {
  // Never deferred: autocomplete has to answer within 3 s with at most 25 choices of 100 characters.
  let choices: { name: string; value: string }[] = [];
  let handlerMs: number | undefined;
  try {
    const focused = interaction.options.getFocused(true);
    const others = plainOptions(interaction.options.data.filter((o) => !o.focused));
    const t0 = performance.now();
    choices = toAutocompleteChoices(deps.router.autocomplete(interaction.commandName, focused.name, String(focused.value ?? ''), others));
    handlerMs = round(performance.now() - t0);
  } catch (err) {
    log.error({ err: safeError(err, deps.redact) }, 'autocomplete failed; answering with no choices');
    choices = [];
  }
  try {
    await interaction.respond(choices);
    log.debug({ ms: round(performance.now() - started), handlerMs, choices: choices.length }, 'autocompleted');
  } catch (err) {
    log.warn({ err: safeError(err, deps.redact) }, 'could not send autocomplete choices');
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers

const round = (ms: number) => Math.round(ms * 100) / 100;

function render(reply: Reply, log: Logger): DiscordPayload {
  const payload = toDiscordPayload(reply);
  if (payload.adjustments.length) log.warn({ adjustments: payload.adjustments }, 'reply shortened to fit Discord limits');
  return payload;
}

/**
 * Wraps an already rendered payload so discord.js sends it as is: a MessagePayload whose body and
 * files are set is not resolved again (no builders, no transformation, our allowed_mentions kept).
 */
export function toMessagePayload(target: Answerable | Interaction, payload: DiscordPayload): MessagePayload {
  const mp = new MessagePayload(target as ChatInputCommandInteraction, {});
  mp.body = payload.body as unknown as MessagePayload['body'];
  mp.files = payload.files.map((f) => ({ name: f.name, data: f.data, ...(f.contentType ? { contentType: f.contentType } : {}) }));
  return mp;
}

/** Command options as plain values: strings, numbers, booleans; channels and users by id, attachments by URL. */
export function plainOptions(data: readonly CommandInteractionOption[]): OptionValues {
  const out: OptionValues = {};
  for (const o of data) {
    if (o.options?.length) Object.assign(out, plainOptions(o.options));
    if (o.attachment) out[o.name] = o.attachment.url;
    else if (o.value !== undefined && o.value !== null) out[o.name] = o.value;
  }
  return out;
}

/** Removes the bot token and interaction / webhook tokens from any text. */
export function makeRedactor(token: string | undefined): (s: string) => string {
  return (s: string) => {
    let out = String(s).replace(/(\/(?:interactions|webhooks)\/\d+\/)[A-Za-z0-9._:-]+/g, '$1[token]');
    if (token && token.length >= 8) out = out.split(token).join('[redacted]');
    return out;
  };
}

/** An error as a plain object for logs: no request bodies, no headers, tokens redacted. */
export function safeError(err: unknown, redact: (s: string) => string = makeRedactor(undefined)): Record<string, unknown> {
  if (!(err instanceof Error)) return { message: redact(String(err)) };
  const e = err as Error & { code?: unknown; status?: unknown; method?: unknown; url?: unknown; cause?: unknown };
  const out: Record<string, unknown> = { name: err.name, message: redact(err.message) };
  if (e.code !== undefined) out.code = e.code;
  if (e.status !== undefined) out.status = e.status;
  if (typeof e.method === 'string') out.method = e.method;
  if (typeof e.url === 'string') out.url = redact(e.url);
  if (err.stack) out.stack = redact(err.stack);
  if (e.cause instanceof Error) out.cause = safeError(e.cause, redact);
  return out;
}
