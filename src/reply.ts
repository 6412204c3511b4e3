// The reply model: what a command handler returns. Surfaces (Discord gateway, HTTP endpoint,
// console, tests) each turn it into their own output; nothing here knows Discord's client.

export interface EmbedField {
  name: string;
  value: string;
  inline?: boolean;
}

export interface Embed {
  title?: string;
  description?: string;
  url?: string;
  color?: number;
  fields?: EmbedField[];
  footer?: string;
}

export type ButtonStyle = 'primary' | 'secondary' | 'success' | 'danger';

export interface Button {
  /** Carries all the state a click needs (at most 100 characters), so any process can answer it. */
  customId: string;
  label: string;
  style?: ButtonStyle;
  disabled?: boolean;
}

export interface Attachment {
  name: string;
  data: Buffer;
  description?: string;
}

export interface Reply {
  content?: string;
  embeds?: Embed[];
  /** Rows of buttons (at most 5 rows of 5). */
  components?: Button[][];
  attachments?: Attachment[];
  /** Only the user who asked sees it (errors, notes). */
  ephemeral?: boolean;
  /**
   * Custom id of a "More" button that shows this reply in full (set by the router). Discord
   * surfaces add the button only when they had to shorten the reply to fit Discord's limits.
   */
  more?: string;
}

export interface Choice {
  name: string;
  value: string;
}

export const COLORS = {
  quote: 0x3b82f6,
  timeline: 0x10b981,
  compare: 0xf59e0b,
  info: 0x6b7280,
  error: 0xef4444,
} as const;

/** An ephemeral reply telling the user what went wrong and what to type instead. */
export function errorReply(message: string): Reply {
  return { ephemeral: true, embeds: [{ title: 'Cannot answer that', description: message, color: COLORS.error }] };
}
