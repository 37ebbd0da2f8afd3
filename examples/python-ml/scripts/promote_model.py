"""Moves the model registered in one stage to the next, and records its metrics as metrics/production.json (placeholder)."""
