// The one error type of ingest: its message is said to the user as it is (no stack, no internals).

export type IngestErrorCode =
  | 'bad-url'
  | 'blocked-address'
  | 'unresolved'
  | 'network'
  | 'timeout'
  | 'http-status'
  | 'content-type'
  | 'too-large'
  | 'too-many-redirects'
  | 'no-article'
  | 'bad-file'
  | 'duplicate'
  | 'bad-story'
  | 'write-failed';

export class IngestError extends Error {
  constructor(
    readonly code: IngestErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'IngestError';
  }
}
