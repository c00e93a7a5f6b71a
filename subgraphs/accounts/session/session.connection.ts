import { ConnectionType } from '../../../platform/graphql/pagination';
import { Session } from './session.entity';

export const SessionConnection = ConnectionType('Session', Session);
