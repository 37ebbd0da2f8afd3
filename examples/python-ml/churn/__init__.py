"""Churn prediction: features, model and the prediction service."""
