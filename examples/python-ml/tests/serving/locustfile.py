from locust import HttpUser, task


class Scorer(HttpUser):
    @task
    def predict(self):
        self.client.post("/predict", json={"tenure": 24, "plan": "pro"})
