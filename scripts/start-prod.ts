// Before anything that loads http or pg: tracing patches them as they load.
import '../platform/observability/instrument';
import { redisAnswers } from '../platform/runtime/redis/answers';
import { repoPath } from '../platform/runtime/paths';
import { runLauncher } from './launcher';

/**
 * `npm run start:prod`: production mode on one machine, for trying it out. Its own secrets
 * (var/keys/prod-secrets.json) and its own embedded database (var/postgres-prod) unless
 * DATABASE_URL is set; Redis is required; mail is written to var/mail unless SMTP_URL is set, texts to var/sms unless TWILIO_ACCOUNT_SID is.
 */
async function main(): Promise<void> {
  process.env.NODE_ENV = 'production';
  process.env.REDIS_URL ??= 'redis://127.0.0.1:6379';
  process.env.MAIL_TRANSPORT ??= process.env.SMTP_URL ? 'smtp' : 'files';
  process.env.SMS_TRANSPORT ??= process.env.TWILIO_ACCOUNT_SID ? 'twilio' : 'files';
  if (!(await redisAnswers(process.env.REDIS_URL))) {
    console.error(
      `Production mode needs Redis, and nothing answers at ${process.env.REDIS_URL}. Start Redis or set REDIS_URL.`,
    );
    process.exit(1);
  }
  runLauncher({
    secretsFile: repoPath('var', 'keys', 'prod-secrets.json'),
    embeddedDataDir: repoPath('var', 'postgres-prod'),
  });
}

void main();
