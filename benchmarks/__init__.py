"""`python -m benchmarks`: every figure of DESIGN section 6 that is built so far."""
