"""Pure rules of the product: periods, the cadence and its statuses, the ledger. No SQL, no Qt."""
