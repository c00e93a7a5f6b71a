import { ConnectionType } from '../../kernel/pagination';
import { Session } from './session.entity';

export const SessionConnection = ConnectionType('Session', Session);
