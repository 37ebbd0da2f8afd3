"""Registers the model in the model registry under a stage (placeholder)."""
