def tenure_bucket(months: int) -> str:
    """Groups customer tenure into the buckets the model is trained on."""
    if months < 12:
        return "new"
    return "established" if months < 48 else "loyal"
