"""Sync with the central PostgreSQL database (DESIGN section 3): push the outbox in idempotent
batches, pull by server sequence, merge disjoint field changes, keep conflicts for the
dispatcher. Qt-free; the app runs `cycle.sync_once` in a worker."""
