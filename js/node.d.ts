// In Node the engine is ready as soon as the module is imported.
export * from "./index.js";
export { default } from "./index.js";
