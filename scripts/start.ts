// Before anything that loads http or pg: tracing patches them as they load.
import '../platform/observability/instrument';
import { DEV_SECRETS_PATH } from '../platform/runtime/config';
import { repoPath } from '../platform/runtime/paths';
import { runLauncher } from './launcher';

/** `npm start`: development mode, with demo data and the Sandbox. */
runLauncher({ secretsFile: DEV_SECRETS_PATH, embeddedDataDir: repoPath('var', 'postgres') });
