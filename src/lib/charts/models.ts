/**
 * The chart models' public entry point: everything is built in models/
 * (one module per chart); this path stays for the modules that import it.
 */
export * from './models/index.ts';
