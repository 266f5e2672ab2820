// In Node the full engine is ready as soon as the module is imported.
export * from "./full.js";
export { default } from "./full.js";
