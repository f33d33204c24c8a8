export { openReplica } from './replica';
export type { MutateResult, OpenReplicaOptions, RefusedChange, Replica } from './replica';
export type { ReplicaDb, TicketRow } from './schema';
export { replicaDbName } from './schema';
