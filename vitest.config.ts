import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // CI machines have 2 shared cores: a property test that takes 2 s alone can pass 5 s under load.
    // Timeouts catch hangs, not slowness; the benchmarks (bench/) measure speed.
    testTimeout: 30_000,
    // bench/compare.js checks out earlier commits under bench/data/: their tests are not this one's.
    exclude: [...configDefaults.exclude, 'bench/data/**'],
  },
});
