// The journal's vocabulary: its types, typed errors, calendar days and times, and the lifecycle phases.
export * from './types';
export * from './calendar';
export * from './errors';
export { phaseNamed } from './phases';
