from churn.features import tenure_bucket


def test_tenure_buckets():
    assert [tenure_bucket(m) for m in (3, 24, 60)] == ["new", "established", "loyal"]
