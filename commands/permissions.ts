// Commands that change things (ingest, follow) are registered with a default member permission
// (Manage Server) and check it again when they run: a server can loosen the default in its
// integration settings, and the HTTP endpoint or a replayed request must not be trusted blindly.
import { UsageError, type CommandContext } from './types.ts';

/** Discord's Manage Server (MANAGE_GUILD) bit, as `default_member_permissions` wants it. */
export const MANAGE_SERVER = '32';
const MANAGE_GUILD_BIT = 1n << 5n;
const ADMINISTRATOR_BIT = 1n << 3n;

/**
 * Throws a UsageError unless the member may manage the server. A request with no user at all comes
 * from the local console or the command line, run by whoever runs the bot: allowed.
 */
export function requireManageServer(ctx: Pick<CommandContext, 'userId' | 'memberPermissions'>, command: string): void {
  if (ctx.userId === undefined) return;
  if (!ctx.memberPermissions) throw new UsageError(`/${command} works in a server, for members with the Manage Server permission.`);
  let bits = 0n;
  try {
    bits = BigInt(ctx.memberPermissions);
  } catch {
    bits = 0n;
  }
  if ((bits & (MANAGE_GUILD_BIT | ADMINISTRATOR_BIT)) === 0n) throw new UsageError(`/${command} needs the Manage Server permission.`);
}
