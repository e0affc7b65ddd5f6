// The one entry point of @pathfinder/sdk: each API's generated client under its own namespace,
// because both contracts define models of the same name (Problem, FieldError, ...).
export * as catalog from './generated/catalog/index.js';
export * as assessment from './generated/assessment/index.js';
