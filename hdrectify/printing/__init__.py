"""Documents: monthly checklists, quarterly summaries, the ledger. Plain functions data -> file. No Qt."""
