/** What global setup leaves for global teardown (both run in jest's parent process). */
export interface RunState {
  adminUrl: string;
  databaseName: string;
  stopEmbedded?: () => Promise<void>;
  /** Temporary folder of the embedded server, removed after it stops. */
  embeddedDir?: string;
  /** Where the run's workers write emails. */
  mailDir?: string;
  /** Where the run's workers write text messages. */
  smsDir?: string;
  /** The run's one payment-provider emulator (see global setup). */
  stopEmulator?: () => Promise<void>;
}

const KEY = Symbol.for('staygraph.test.run-state');
type Holder = { [KEY]?: RunState };

export function setRunState(state: RunState): void {
  (globalThis as Holder)[KEY] = state;
}

export function takeRunState(): RunState | undefined {
  const state = (globalThis as Holder)[KEY];
  delete (globalThis as Holder)[KEY];
  return state;
}
