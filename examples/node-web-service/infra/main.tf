# The two namespaces the service is deployed to; the cluster itself is managed elsewhere.
terraform {
  required_providers {
    kubernetes = { source = "hashicorp/kubernetes" }
  }
}

resource "kubernetes_namespace" "staging" {
  metadata { name = "staging" }
}

resource "kubernetes_namespace" "production" {
  metadata { name = "production" }
}
