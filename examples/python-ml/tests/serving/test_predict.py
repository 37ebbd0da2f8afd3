def test_predict_answers(client):
    response = client.post("/predict", json={"tenure": 24, "plan": "pro"})
    assert response.status_code == 200
    assert 0 <= response.json()["churn_probability"] <= 1
