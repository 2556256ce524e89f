import fc from 'fast-check';

// Property tests explore the same inputs on every run, so a red build is reproducible; set
// FC_SEED to explore others.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261123) });
