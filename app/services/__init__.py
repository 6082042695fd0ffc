"""Domain operations: each write validates, changes, audits and queues for sync in one go."""
