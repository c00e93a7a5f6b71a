import { defineHandler } from '../../../platform/events/event-handler';
import { UserRegistered } from '../../../contracts/events/accounts';
import { welcomeEmail } from '../mail/welcome.email';
import { User } from './user.entity';

export const sendWelcomeEmail = defineHandler({
  name: 'accounts.send_welcome_email',
  event: UserRegistered,
  kind: 'reaction',
  description: 'welcome email',
  async handle(event, { em, mailer }) {
    const user = await em.findOne(User, { id: event.payload.userId });
    if (!user) return;
    await mailer.send(welcomeEmail(user));
  },
});
