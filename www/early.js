// Runs as soon as it arrives (an async module: before the page is parsed, beside the other
// modules' loading): compiles the package's wasm from the preloaded response, so that app.js's
// init() only instantiates it. The page works without it (init() then fetches the wasm itself).
// app.js starts the same compile if it runs first (`??=`: the wasm is fetched once).
window.dotbeWasm ??= WebAssembly.compileStreaming(fetch('/pkg/dotbe_rules_bg.wasm')).catch(() => undefined);
