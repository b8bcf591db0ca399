// Types for ports.mjs.
/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number>;
/** Throws LocalNeo4jError PORT_IN_USE, naming the env variable that moves the port. */
export function assertPortFree(port: number, what: string, envName: string): Promise<void>;
