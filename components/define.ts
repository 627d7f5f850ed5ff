// Placeholder until the elements land; replaced by the real entry point.
export {};
