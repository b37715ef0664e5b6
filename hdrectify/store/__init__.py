"""The database: opening it, its schema, and the queries and writes the app and CLI use. No Qt."""
