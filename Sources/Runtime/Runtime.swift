// Placeholder while the runtime lands.
