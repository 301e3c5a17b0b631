"""nofoobar's benchmarks: `make bench` (python -m bench). See bench/__main__.py."""
import os

# The environment as the user gave it: the servers under test get this one.
ORIGINAL_ENV = dict(os.environ)

# This process fits logistic regressions (the quality section's grouped
# cross-validation). OpenBLAS's thread pool on a busy 2-core machine makes
# that fit an order of magnitude slower (measured: 18 s against 1.1 s for one
# fold), so this process uses one BLAS thread unless told otherwise. Set
# before numpy is first imported, which is when OpenBLAS reads it.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
