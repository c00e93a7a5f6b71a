import { DEV_SECRETS_PATH } from '../subgraphs/kernel/config';
import { repoPath } from '../subgraphs/kernel/paths';
import { runLauncher } from './launcher';

/** `npm start`: development mode, with demo data and the Sandbox. */
runLauncher({ secretsFile: DEV_SECRETS_PATH, embeddedDataDir: repoPath('var', 'postgres') });
