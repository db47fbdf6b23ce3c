import type { ApolloServerPlugin } from '@apollo/server';
import type { Request } from 'express';
import { Role } from '../auth/role.js';
import type { User } from '../auth/user.js';
import type { Context } from '../context.js';
import { codedError, ErrorCode } from '../errors.js';
import { documentHash, type TrustedDocumentManifest } from './manifest.js';

/**
 * `off`: documents are sent in full, hashes are refused (as before);
 * `also`: a request may name a trusted document by its hash instead;
 * `only`: anonymous callers may run trusted documents only.
 */
export type TrustedDocumentsMode = 'off' | 'also' | 'only';

export interface TrustedDocumentsSettings {
  mode: TrustedDocumentsMode;
  /**
   * In `only` mode, the playground (requests marked `apollographql-client-name: playground`)
   * may still send free documents. The mark is the client's word: turning this
   * on lets anyone who sets the header run any document.
   */
  playgroundFree: boolean;
}

/** The header by which the playground says it is the playground. */
export const CLIENT_NAME_HEADER = 'apollographql-client-name';

interface PersistedQueryExtension {
  persistedQuery?: { version?: unknown; sha256Hash?: unknown };
}

/** The hash and the document a request carries (POST body, or GET query string). */
function requestedOperation(request: Request): { hash?: unknown; query?: unknown } {
  if (request.method === 'GET') {
    const extensions = request.query.extensions;
    let parsed: PersistedQueryExtension | undefined;
    if (typeof extensions === 'string') {
      try {
        parsed = JSON.parse(extensions) as PersistedQueryExtension;
      } catch {
        parsed = undefined; // Apollo answers the malformed parameter itself.
      }
    }
    return { hash: parsed?.persistedQuery?.sha256Hash, query: request.query.query };
  }
  const body = request.body as { query?: unknown; extensions?: PersistedQueryExtension } | null;
  return { hash: body?.extensions?.persistedQuery?.sha256Hash, query: body?.query };
}

/**
 * A request that sends a document and a hash must send the document's own
 * hash; otherwise it is not clear which of the two it means to run.
 */
function refuseUnlessHashOf(hash: unknown, query: unknown): void {
  if (typeof hash === 'string' && typeof query === 'string' && documentHash(query) === hash) return;
  throw codedError(
    ErrorCode.BAD_USER_INPUT,
    'extensions.persistedQuery.sha256Hash: must be the sha256 (hex) of the document sent in query; send the hash alone, or the document alone.',
    { argument: 'extensions.persistedQuery.sha256Hash' },
  );
}

/**
 * The front ends' operations by hash (see manifest-file.ts). The check runs
 * when the request's caller is known (in the context), and the document is
 * put in place of the hash when Apollo starts on the request, before its own
 * persisted-query handling would refuse it.
 */
export class TrustedDocuments {
  constructor(
    private readonly manifest: TrustedDocumentManifest,
    private readonly settings: TrustedDocumentsSettings,
  ) {}

  /**
   * Checks one /graphql request of `user` and puts the trusted document it
   * names in `context`. Throws UNKNOWN_DOCUMENT_HASH or FREE_DOCUMENT_REFUSED.
   */
  admit(request: Request, user: User | undefined, context: Context): void {
    const { hash, query } = requestedOperation(request);
    // Both: the hash must be the document's, as Apollo's persisted queries require.
    if (hash !== undefined && query !== undefined) refuseUnlessHashOf(hash, query);
    if (hash !== undefined) {
      const trusted = typeof hash === 'string' ? this.manifest[hash] : undefined;
      if (!trusted) {
        throw codedError(
          ErrorCode.UNKNOWN_DOCUMENT_HASH,
          `extensions.persistedQuery.sha256Hash: ${JSON.stringify(hash).slice(0, 80)} is not the hash of a trusted document of this service; send the document itself${this.settings.mode === 'only' ? ' (editors only)' : ''}.`,
        );
      }
      context.trustedDocument = trusted;
      return;
    }
    if (this.settings.mode !== 'only' || typeof query !== 'string') return;
    if (user?.roles.includes(Role.EDITOR)) return;
    if (this.settings.playgroundFree && request.header(CLIENT_NAME_HEADER) === 'playground') return;
    // A document sent in full that is a trusted one, character for character, is trusted.
    if (this.manifest[documentHash(query)]) return;
    throw codedError(
      ErrorCode.FREE_DOCUMENT_REFUSED,
      'query: this service runs only its trusted documents for anonymous callers; send extensions.persistedQuery.sha256Hash of one of them, or a bearer token of an editor.',
    );
  }

  /** Puts the trusted document in place of the hash, and lets a GET answer be cached. */
  plugin(): ApolloServerPlugin<Context> {
    return {
      async requestDidStart({ request, contextValue }) {
        const trusted = contextValue.trustedDocument;
        if (!trusted) return;
        request.query = trusted.document;
        if (request.extensions) delete request.extensions.persistedQuery;
        return {
          async willSendResponse({ response, request: sent }) {
            // Only an anonymous answer is the same for everyone.
            const cacheable =
              sent.http?.method === 'GET' &&
              !contextValue.user &&
              trusted.maxAgeSeconds > 0 &&
              response.body.kind === 'single' &&
              !response.body.singleResult.errors;
            if (cacheable) {
              response.http.headers.set(
                'cache-control',
                `public, max-age=${trusted.maxAgeSeconds}`,
              );
            }
          },
        };
      },
    };
  }
}
