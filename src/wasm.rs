//! WebAssembly bindings (placeholder replaced in the next commit).
