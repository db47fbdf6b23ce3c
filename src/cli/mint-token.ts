import { Command, Option } from 'commander';
import { localSecret } from '../auth/local-secret.js';
import { mintToken } from '../auth/mint-token.js';
import { Role } from '../auth/role.js';
import { loadConfig } from '../config.js';

/**
 * `npm run token -- --role editor --subject alice`: prints a bearer token for
 * local development, signed with AUTH_JWT_SECRET or the local secret the
 * service uses when none is set.
 */
const program = new Command()
  .name('token')
  .description('Mint a bearer token for the local service')
  .addOption(
    new Option('--role <role>', 'reader or editor')
      .choices(Object.values(Role))
      .default(Role.READER),
  )
  .option('--subject <name>', 'who the token is for (recorded on edits)', 'local-developer')
  .option(
    '--expires <duration>',
    'lifetime, e.g. 2h (at most AUTH_MAX_TOKEN_LIFETIME_S, 24h by default)',
    '8h',
  )
  .action(async (options: { role: Role; subject: string; expires: string }) => {
    const config = loadConfig();
    if (config.auth.jwksUrl) {
      program.error(
        'AUTH_JWKS_URL is set: tokens come from that identity provider, not from this command.',
      );
    }
    const secret = config.auth.jwtSecret ?? localSecret();
    const roles = options.role === Role.EDITOR ? [Role.READER, Role.EDITOR] : [Role.READER];
    console.log(
      await mintToken(config.auth, secret, {
        subject: options.subject,
        roles,
        expiresIn: options.expires,
      }),
    );
  });

program.parseAsync().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
