export * from './domain';
export * from './mutations';
export * from './sync-protocol';
export * from './api';
export * from './sla';
export * from './authorize';
export * from './apply-mutation';
export * from './uuid';
